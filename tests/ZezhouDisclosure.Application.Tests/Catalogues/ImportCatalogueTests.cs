using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Infrastructure.Spreadsheets;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Catalogues;

public class ImportCatalogueTests
{
    private static readonly MiniExcelSpreadsheet Spreadsheet = new();

    private static CatalogueItemContent Row(string level1, string level2, string timeLimit = "信息形成或者变更之日起20个工作日内") =>
        new(level1, level2, null, "●办理事项 ●办理条件", "《社会救助暂行办法》（国务院令第649号）", timeLimit, "高都镇人民政府",
            DisclosureChannels.GovernmentWebsite | DisclosureChannels.NoticeBoard, DisclosureAudience.Public,
            CatalogueDisclosureMode.Proactive, DisclosureLevels.Township);

    private static Sheet AreaSheet(string name, params IReadOnlyList<string?>[] rows) =>
        new(name, [.. CatalogueSheetLayout.Header(), .. rows]);

    private static async Task<int> StartedAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        var gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        database.User.AsClerk(gaodu, "gaodu-clerk");
        await new StartTownshipCatalogueHandler(db, database.User).Handle(new StartTownshipCatalogueCommand(), default);
        return gaodu;
    }

    private static async Task<int> ImportAsync(SqliteTestDatabase database, byte[] file)
    {
        await using var db = database.CreateContext();
        return await new ImportCatalogueHandler(db, database.User, Spreadsheet).Handle(new ImportCatalogueCommand(file), default);
    }

    [Fact]
    public async Task Import_ValidWorkbook_ReplacesCatalogueAndLinksTemplateRows()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await StartedAsync(database);
        var file = Spreadsheet.Write(
        [
            AreaSheet("社会救助",
                CatalogueSheetLayout.Row(1, Row("最低生活保障", "审核信息", "制定或获取信息之日起10个工作日内，公示7个工作日"), null),
                CatalogueSheetLayout.Row(2, Row("临时救助", "村级临时救助备用金"), "本镇未设立备用金")),
            AreaSheet(CatalogueDiff.CommonArea, CatalogueSheetLayout.Row(1, Row("概况信息", "乡镇简介"), null)),
            new Sheet(CatalogueSheetLayout.NotInvolvedSheet, [["领域", "说明"], ["户籍管理", "户籍业务由派出所办理"]]),
        ]);

        var count = await ImportAsync(database, file);

        Assert.Equal(3, count);
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var catalogue = await db.TownshipCatalogues.Include(c => c.Items).Include(c => c.Areas).SingleAsync(c => c.OrganisationId == gaodu);
        var inherited = catalogue.Items.Single(i => i.Level2 == "审核信息");
        Assert.False(inherited.IsLocal);
        Assert.True(inherited.LocallyEdited);
        Assert.True(catalogue.Items.Single(i => i.Level2 == "村级临时救助备用金").NotInvolved);
        Assert.Null(catalogue.Items.Single(i => i.Level2 == "乡镇简介").PilotAreaId);
        Assert.Contains(catalogue.Areas, a => a.NotInvolved && a.Explanation == "户籍业务由派出所办理");
    }

    [Fact]
    public async Task Import_RowsWithErrors_ReportsEverySheetRowAndColumnAndSavesNothing()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await StartedAsync(database);
        var missingSubject = CatalogueSheetLayout.Row(1, Row("最低生活保障", "审核信息"), null).ToArray();
        missingSubject[7] = null;
        var badTick = CatalogueSheetLayout.Row(2, Row("临时救助", "审核审批信息"), null).ToArray();
        badTick[8] = "是";
        var file = Spreadsheet.Write(
        [
            AreaSheet("社会救助", CatalogueSheetLayout.Row(1, Row("综合业务", "监督检查"), null), missingSubject, badTick),
            AreaSheet("不存在的领域", CatalogueSheetLayout.Row(1, Row("a", "b"), null)),
        ]);

        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => ImportAsync(database, file));

        var messages = error.Errors.Select(e => e.ErrorMessage).ToList();
        Assert.Contains("工作表“社会救助”第4行第H列（公开主体）：公开主体不能为空。", messages);
        Assert.Contains("工作表“社会救助”第5行第I列（公开渠道和载体：政府网站）：只能填写“■”（选中）或“□”（未选）。", messages);
        Assert.Contains(messages, m => m.StartsWith("工作表“不存在的领域”：", StringComparison.Ordinal));
        Assert.Equal(3, messages.Count);
        database.User.AsSystem();
        await using var db = database.CreateContext();
        Assert.Empty(await db.TownshipCatalogues.Where(c => c.OrganisationId == gaodu).SelectMany(c => c.Items).ToListAsync());
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == CatalogueAuditActions.Import));
    }

    [Fact]
    public async Task Import_NotAnXlsxFile_IsReportedInChinese()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await StartedAsync(database);

        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => ImportAsync(database, "序号,一级事项"u8.ToArray()));

        Assert.Equal("无法读取该文件，请上传 xlsx 格式的标准目录表。", Assert.Single(error.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Export_ThenImport_RoundTripsTheWorkingCatalogue()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await StartedAsync(database);
        await using (var db = database.CreateContext())
        {
            var shjz = await db.PilotAreas.Where(a => a.Slug == "shjz").Select(a => a.Id).SingleAsync();
            await new AddCatalogueAreaHandler(db, database.User).Handle(new AddCatalogueAreaCommand(shjz), default);
        }

        byte[] file;
        await using (var db = database.CreateContext())
        {
            file = (await new ExportMyCatalogueHandler(db, database.User, Spreadsheet).Handle(new ExportMyCatalogueQuery(), default)).Content;
        }

        var before = await ItemsAsync(database, gaodu);
        database.User.AsClerk(gaodu, "gaodu-clerk");
        await ImportAsync(database, file);
        var after = await ItemsAsync(database, gaodu);

        Assert.Equal(before.Select(i => i.ToContent()), after.Select(i => i.ToContent()));
        Assert.All(after, i => Assert.False(i.LocallyEdited));
    }

    private static async Task<List<TownshipCatalogueItem>> ItemsAsync(SqliteTestDatabase database, int organisationId)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        return (await db.TownshipCatalogues.Include(c => c.Items).SingleAsync(c => c.OrganisationId == organisationId))
            .Items.OrderBy(i => i.Number).ToList();
    }
}
