using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Catalogues;

/// <summary>
/// A county template changes: the change is a numbered version with who and when, viewable and diffable, and the
/// townships whose catalogue follows an older version are listed until they rebase.
/// </summary>
public class TemplateRevisionsTests
{
    private sealed record Setup(int Shjz, int Gaodu, int Bagong, int Responsible);

    /// <summary>高都镇 and 巴公镇 adopt 社会救助 (第1版); its responsible department changes a township row (第2版).</summary>
    private static async Task<Setup> ChangedAsync(SqliteTestDatabase database)
    {
        database.User.AsSystem();
        Setup setup;
        await using (var db = database.CreateContext())
        {
            var area = await db.PilotAreas.Include(a => a.Responsibilities).SingleAsync(a => a.Slug == "shjz");
            setup = new Setup(
                area.Id,
                await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync(),
                await db.Organisations.Where(o => o.Slug == "bagong").Select(o => o.Id).SingleAsync(),
                area.Responsibilities.First().OrganisationId);
            var template = await db.CatalogueTemplates.Include(t => t.Items).SingleAsync(t => t.PilotAreaId == area.Id);
            foreach (var township in new[] { setup.Gaodu, setup.Bagong })
            {
                var catalogue = new TownshipCatalogue(township);
                catalogue.AddArea(template);
                db.TownshipCatalogues.Add(catalogue);
            }

            await db.SaveChangesAsync();
        }

        database.User.AsClerk(setup.Responsible, "minzheng-clerk");
        await using (var db = database.CreateContext())
        {
            var template = await db.CatalogueTemplates.AsNoTracking().Include(t => t.Items).SingleAsync(t => t.PilotAreaId == setup.Shjz);
            var row = template.CurrentItems().First(i => i.Level2 == "审核信息");
            await new SaveTemplateItemHandler(db, database.User).Handle(new SaveTemplateItemCommand(
                setup.Shjz, template.Version, row.Id, CatalogueItemFields.From(row.ToContent() with { Subject = "乡镇人民政府（社会事务办）" })), default);
        }

        return setup;
    }

    [Fact]
    public async Task GetTemplate_AfterAChange_ListsVersionsWithWhoAndTheTownshipsStillOnTheOldOne()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var setup = await ChangedAsync(database);
        database.User.AsClerk(setup.Bagong, "bagong-clerk");
        await using (var db = database.CreateContext())
        {
            await new RebaseCatalogueAreaHandler(db, database.User).Handle(new RebaseCatalogueAreaCommand(setup.Shjz), default);
        }

        database.User.AsClerk(setup.Responsible, "minzheng-clerk");
        await using var read = database.CreateContext();
        var details = await new GetCatalogueTemplateHandler(read, database.User).Handle(new GetCatalogueTemplateQuery("shjz"), default);

        Assert.Equal(2, details.Revision);
        Assert.Equal([2, 1], details.History.Select(h => h.Revision));
        Assert.Equal("minzheng-clerk", details.History[0].SavedBy);
        Assert.Equal(database.Time.GetUtcNow().UtcDateTime, details.History[0].SavedAt);
        Assert.Equal("修改事项“最低生活保障／审核信息”", details.History[0].Summary);
        var affected = Assert.Single(details.Affected);
        Assert.Equal("高都镇", affected.OrganisationName);
        Assert.Equal(1, affected.TemplateRevision);
        Assert.Equal(1, affected.ChangedRows);
    }

    [Fact]
    public async Task Compare_FirstAndSecondVersion_ShowsTheChangedSubjectOnly()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await ChangedAsync(database);
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        var comparison = await new CompareTemplateRevisionsHandler(db).Handle(new CompareTemplateRevisionsQuery("shjz", 1, 2), default);
        var first = await new GetTemplateRevisionHandler(db).Handle(new GetTemplateRevisionQuery("shjz", 1), default);

        var change = Assert.Single(comparison.Changes);
        Assert.Equal(CatalogueChangeKind.Changed, change.Kind);
        Assert.Equal(["公开主体"], change.ChangedColumns);
        Assert.Equal("乡镇人民政府（社会事务办）", change.After!.Subject);
        Assert.Equal("乡镇人民政府", first.Rows.Single(r => r.Content.Level1 == "最低生活保障" && r.Content.Level2 == "审核信息").Content.Subject);
        Assert.Equal(2, first.LatestRevision);
    }

    [Fact]
    public async Task GetRevision_NeverRecorded_IsNotFound()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsReviewer();
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<ZezhouDisclosure.Application.Common.Errors.NotFoundException>(async () =>
            await new GetTemplateRevisionHandler(db).Handle(new GetTemplateRevisionQuery("shjz", 7), default));
    }
}
