using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Catalogues;

public class GetCatalogueCoverageTests
{
    /// <summary>
    /// 高都镇 publishes a 社会救助 catalogue; two documents written on 2026-09-30 (10 working days → due 10-20 across
    /// National Day) are filed under two rows and published on 10-20 and 10-21; one published document is filed nowhere.
    /// Returns the rows with a working-day rule, in order (the first is on time, the second late).
    /// </summary>
    public static async Task<List<TownshipCatalogueItem>> KnownDatasetAsync(SqliteTestDatabase database)
    {
        database.User.AsSystem();
        int gaodu;
        List<TownshipCatalogueItem> items;
        await using (var db = database.CreateContext())
        {
            gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
            var shjz = await db.PilotAreas.SingleAsync(a => a.Slug == "shjz");
            var template = await db.CatalogueTemplates.Include(t => t.Items).SingleAsync(t => t.PilotAreaId == shjz.Id);
            var catalogue = new TownshipCatalogue(gaodu);
            catalogue.AddArea(template);
            db.TownshipCatalogues.Add(catalogue);
            await db.SaveChangesAsync();
            catalogue.Submit(DateTime.UtcNow, "clerk");
            db.CatalogueVersions.Add(catalogue.Approve(new DateOnly(2026, 9, 1), new Dictionary<int, string> { [shjz.Id] = "社会救助" }, DateTime.UtcNow, "reviewer"));
            await db.SaveChangesAsync();
            items = catalogue.Items.Where(i => i.Rule.Kind == TimeLimitKind.WorkingDays).OrderBy(i => i.Number).ToList();

            var column = await db.Columns.Where(c => c.Path == ColumnPaths.PolicyDocuments).Select(c => c.Id).SingleAsync();
            var sequence = 0;
            int Publish(string title, DateTime publishedAtUtc)
            {
                var document = new Document(gaodu, new DocumentContentBuilder().InColumn(column).WithTitle(title).Build() with { WrittenOn = new DateOnly(2026, 9, 30) });
                document.Submit(publishedAtUtc.AddHours(-1), "clerk");
                document.Approve(IndexNumber.Format("140525107", 2026, ++sequence), publishedAtUtc, "reviewer");
                db.Documents.Add(document);
                db.SaveChanges();
                return document.Id;
            }

            var onTime = Publish("按时", new DateTime(2026, 10, 20, 2, 0, 0, DateTimeKind.Utc));
            var late = Publish("超期", new DateTime(2026, 10, 21, 2, 0, 0, DateTimeKind.Utc));
            Publish("未归档", new DateTime(2026, 10, 22, 2, 0, 0, DateTimeKind.Utc));
            db.CatalogueItemDocuments.Add(new CatalogueItemDocument(gaodu, items[0].Id, onTime, DateTime.UtcNow, "clerk"));
            db.CatalogueItemDocuments.Add(new CatalogueItemDocument(gaodu, items[1].Id, late, DateTime.UtcNow, "clerk"));
            await db.SaveChangesAsync();
        }

        return items;
    }

    [Fact]
    public async Task Handle_KnownDataset_CountsCoverageAndTimelinessAcrossNationalDay()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var items = await KnownDatasetAsync(database);

        database.User.AsReviewer();
        await using var read = database.CreateContext();
        var coverage = Assert.Single(await new GetCatalogueCoverageHandler(read, database.User).Handle(new GetCatalogueCoverageQuery(null), default));

        Assert.Equal("高都镇", coverage.OrganisationName);
        Assert.Equal(2, coverage.Covered);
        Assert.Equal(coverage.Items.Count - 2, coverage.NeverPublished);
        Assert.Equal(1, coverage.Late);
        Assert.Equal(1, coverage.UnfiledDocuments);
        var first = coverage.Items.Single(i => i.Level1 == items[0].Level1 && i.Level2 == items[0].Level2);
        Assert.Equal(TimelinessVerdict.OnTime, first.Verdict);
        Assert.Equal(new DateOnly(2026, 10, 20), first.DueDate);
        Assert.Equal(TimelinessVerdict.Late, coverage.Items.Single(i => i.Level1 == items[1].Level1 && i.Level2 == items[1].Level2).Verdict);
    }

    [Fact]
    public async Task Handle_Clerk_SeesOnlyTheirOwnTownship()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var shjz = await db.PilotAreas.SingleAsync(a => a.Slug == "shjz");
        var template = await db.CatalogueTemplates.Include(t => t.Items).SingleAsync(t => t.PilotAreaId == shjz.Id);
        var ids = new Dictionary<string, int>();
        foreach (var slug in new[] { "gaodu", "bagong" })
        {
            ids[slug] = await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
            var catalogue = new TownshipCatalogue(ids[slug]);
            catalogue.AddArea(template);
            db.TownshipCatalogues.Add(catalogue);
            await db.SaveChangesAsync();
            catalogue.Submit(DateTime.UtcNow, "clerk");
            db.CatalogueVersions.Add(catalogue.Approve(new DateOnly(2026, 9, 1), new Dictionary<int, string> { [shjz.Id] = "社会救助" }, DateTime.UtcNow, "reviewer"));
            await db.SaveChangesAsync();
        }

        database.User.AsClerk(ids["bagong"]);
        var clerkView = await new GetCatalogueCoverageHandler(db, database.User).Handle(new GetCatalogueCoverageQuery(null), default);
        database.User.AsReviewer();
        var countyView = await new GetCatalogueCoverageHandler(db, database.User).Handle(new GetCatalogueCoverageQuery(null), default);

        Assert.Equal("巴公镇", Assert.Single(clerkView).OrganisationName);
        Assert.Equal(2, countyView.Count);
    }

    [Theory]
    [InlineData(CoverageStatus.OnTime, 1)]
    [InlineData(CoverageStatus.Late, 1)]
    public async Task Handle_StatusFilter_ListsAndCountsOnlyMatchingRows(CoverageStatus status, int expected)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await KnownDatasetAsync(database);
        database.User.AsReviewer();
        await using var read = database.CreateContext();

        var coverage = Assert.Single(await new GetCatalogueCoverageHandler(read, database.User)
            .Handle(new GetCatalogueCoverageQuery(null, null, status), default));

        Assert.Equal(expected, coverage.Items.Count);
        Assert.All(coverage.Items, i => Assert.Equal(status, i.Status));
    }

    [Fact]
    public async Task Handle_NeverPublishedFilterInOneArea_ListsTheRestOfThatArea()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await KnownDatasetAsync(database);
        database.User.AsReviewer();
        await using var read = database.CreateContext();
        var all = Assert.Single(await new GetCatalogueCoverageHandler(read, database.User).Handle(new GetCatalogueCoverageQuery(null), default));

        var unpublished = Assert.Single(await new GetCatalogueCoverageHandler(read, database.User)
            .Handle(new GetCatalogueCoverageQuery("gaodu", "shjz", CoverageStatus.NeverPublished), default));

        Assert.Equal(all.Items.Count - 2, unpublished.Items.Count);
        Assert.Equal(unpublished.Items.Count, unpublished.NeverPublished);
        Assert.Equal(0, unpublished.Covered);
    }

    [Fact]
    public async Task Handle_AreaWithoutRows_LeavesTheTownshipOut()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await KnownDatasetAsync(database);
        database.User.AsReviewer();
        await using var read = database.CreateContext();

        var education = await new GetCatalogueCoverageHandler(read, database.User).Handle(new GetCatalogueCoverageQuery(null, "ywjy"), default);
        var common = await new GetCatalogueCoverageHandler(read, database.User)
            .Handle(new GetCatalogueCoverageQuery(null, GetCatalogueCoverageQuery.CommonAreaSlug), default);

        Assert.Empty(education);
        Assert.Empty(common);
    }
}
