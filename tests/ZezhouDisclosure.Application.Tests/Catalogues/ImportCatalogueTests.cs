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

    private static async Task<CatalogueImportPreview> PreviewAsync(SqliteTestDatabase database, MemoryUploadStore store, byte[] file)
    {
        await using var db = database.CreateContext();
        return await new PreviewCatalogueImportHandler(db, database.User, Spreadsheet, store).Handle(new PreviewCatalogueImportCommand(file), default);
    }

    private static async Task<int> ConfirmAsync(SqliteTestDatabase database, MemoryUploadStore store, string key, params DuplicateResolution[] answers)
    {
        await using var db = database.CreateContext();
        return await new ImportCatalogueHandler(db, database.User, Spreadsheet, store).Handle(new ImportCatalogueCommand(key, answers), default);
    }

    private static async Task<int> ImportAsync(SqliteTestDatabase database, byte[] file)
    {
        var store = new MemoryUploadStore();
        var preview = await PreviewAsync(database, store, file);
        return await ConfirmAsync(database, store, preview.UploadKey);
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
    public async Task Preview_RowsWithErrors_NamesCellAndReasonAndImportsTheReadableRows()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await StartedAsync(database);
        var missingSubject = CatalogueSheetLayout.Row(2, Row("最低生活保障", "审核信息"), null).ToArray();
        missingSubject[7] = null;
        var badTick = CatalogueSheetLayout.Row(3, Row("临时救助", "审核审批信息"), null).ToArray();
        badTick[8] = "□ 视情况";
        var file = Spreadsheet.Write(
        [
            AreaSheet("社会救助", CatalogueSheetLayout.Row(1, Row("综合业务", "监督检查"), null), missingSubject, badTick),
            AreaSheet("不存在的领域", CatalogueSheetLayout.Row(1, Row("a", "b"), null)),
        ]);
        var store = new MemoryUploadStore();

        var preview = await PreviewAsync(database, store, file);

        var unreadable = preview.Preview.Rows.Where(r => r.Status == ImportRowStatus.Unreadable).ToList();
        Assert.Equal(2, unreadable.Count);
        Assert.Equal("H4（公开主体）：公开主体不能为空。", Assert.Single(unreadable[0].Problems).ToString());
        Assert.StartsWith("I5（公开渠道：政府网站）：", unreadable[1].Problems[0].ToString(), StringComparison.Ordinal);
        Assert.Equal("不存在的领域", Assert.Single(preview.Preview.SheetProblems).Sheet);
        await using (var db = database.CreateContext())
        {
            Assert.Empty(await db.TownshipCatalogues.Where(c => c.OrganisationId == gaodu).SelectMany(c => c.Items).ToListAsync());
        }

        var count = await ConfirmAsync(database, store, preview.UploadKey);

        Assert.Equal(1, count);
        Assert.Equal("监督检查", Assert.Single(await ItemsAsync(database, gaodu)).Level2);
        Assert.False(store.Contains(preview.UploadKey));
    }

    [Fact]
    public async Task Confirm_DuplicateLeftUnanswered_IsRefusedAndSavesNothing()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var gaodu = await StartedAsync(database);
        var file = Spreadsheet.Write(
        [
            AreaSheet("社会救助", CatalogueSheetLayout.Row(1, Row("临时救助", "办事指南"), null),
                CatalogueSheetLayout.Row(2, Row("临时救助", "办事指南") with { Content = "救助标准" }, null)),
        ]);
        var store = new MemoryUploadStore();
        var preview = await PreviewAsync(database, store, file);
        var duplicate = Assert.Single(preview.Preview.Duplicates);

        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => ConfirmAsync(database, store, preview.UploadKey));
        Assert.Contains("重复，请选择合并或重命名", Assert.Single(error.Errors).ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(await ItemsAsync(database, gaodu));

        database.User.AsClerk(gaodu, "gaodu-clerk");
        await ConfirmAsync(database, store, preview.UploadKey, new DuplicateResolution(duplicate.Id, false, ["救助标准"]));

        Assert.Equal(["", "救助标准"], (await ItemsAsync(database, gaodu)).Select(i => i.Level3 ?? ""));
    }

    [Fact]
    public async Task Confirm_KeyTheStoreNeverMade_IsAStalePreview()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await StartedAsync(database);

        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => ConfirmAsync(database, new MemoryUploadStore(), "../../etc/passwd"));

        Assert.Equal("导入预览已失效，请重新选择文件。", Assert.Single(error.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Import_NotAnXlsxFile_IsReportedInChinese()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await StartedAsync(database);

        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => PreviewAsync(database, new MemoryUploadStore(), "序号,一级事项"u8.ToArray()));

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

/// <summary>Kept uploads in memory, under keys made the way the real store makes them.</summary>
internal sealed class MemoryUploadStore : IAttachmentStore
{
    private readonly Dictionary<string, byte[]> _files = [];

    public bool Contains(string key) => _files.ContainsKey(key);

    public Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var key = Guid.NewGuid().ToString("N") + extension;
        _files[key] = buffer.ToArray();
        return Task.FromResult(key);
    }

    public Stream OpenRead(string key) =>
        _files.TryGetValue(key, out var file) ? new MemoryStream(file) : throw new FileNotFoundException(key);

    public void Delete(string key) => _files.Remove(key);
}
