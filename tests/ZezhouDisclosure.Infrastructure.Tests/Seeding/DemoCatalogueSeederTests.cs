using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Seeding;

public class DemoCatalogueSeederTests
{
    [Fact]
    public async Task Seed_Twice_ThreeApprovedTownshipsOneInReviewAndGaoduHasTwoVersions()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        for (var run = 0; run < 2; run++)
        {
            await using var db = database.CreateContext();
            await new DemoCatalogueSeeder(db, database.Time).SeedAsync(CancellationToken.None);
        }

        await using var check = database.CreateContext();
        var catalogues = await (
            from c in check.TownshipCatalogues
            join o in check.Organisations on c.OrganisationId equals o.Id
            select new { o.Slug, c.Status, c.PublishedVersionNumber }).ToListAsync();
        Assert.Equal(4, catalogues.Count);
        Assert.Equal(["bagong", "dayang", "gaodu"], catalogues.Where(c => c.Status == CatalogueStatus.Approved).Select(c => c.Slug).Order());
        Assert.Equal("shanhe", catalogues.Single(c => c.Status == CatalogueStatus.Submitted).Slug);
        Assert.Equal(2, catalogues.Single(c => c.Slug == "gaodu").PublishedVersionNumber);
        Assert.Equal(4, await check.CatalogueVersions.CountAsync());
    }
}
