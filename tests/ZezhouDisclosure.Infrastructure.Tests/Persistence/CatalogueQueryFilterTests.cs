using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Persistence;

/// <summary>
/// The organisation-scope filter on township working catalogues, their areas and rows: a clerk's context cannot read
/// another township's draft whatever the query asks for; the county office reads them all; anonymous readers none.
/// </summary>
public class CatalogueQueryFilterTests
{
    private static async Task<(int Gaodu, int Bagong, int GaoduCatalogue)> SeedAsync(SqliteTestDatabase database)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        var bagong = await db.Organisations.Where(o => o.Slug == "bagong").Select(o => o.Id).SingleAsync();
        var shjz = await db.PilotAreas.Where(a => a.Slug == "shjz").Select(a => a.Id).SingleAsync();
        var template = await db.CatalogueTemplates.Include(t => t.Items).SingleAsync(t => t.PilotAreaId == shjz);
        var gaoduCatalogue = new TownshipCatalogue(gaodu);
        gaoduCatalogue.AddArea(template);
        var bagongCatalogue = new TownshipCatalogue(bagong);
        bagongCatalogue.AddArea(template);
        db.TownshipCatalogues.AddRange(gaoduCatalogue, bagongCatalogue);
        await db.SaveChangesAsync();
        return (gaodu, bagong, gaoduCatalogue.Id);
    }

    [Fact]
    public async Task Query_ClerkContext_SeesOnlyOwnTownshipsCatalogueAreasAndRows()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (_, bagong, gaoduCatalogue) = await SeedAsync(database);
        database.User.AsClerk(bagong);
        await using var db = database.CreateContext();

        // A handler that forgot to scope by organisation still finds nothing of 高都镇.
        var byId = await db.TownshipCatalogues.Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == gaoduCatalogue);
        var catalogues = await db.TownshipCatalogues.Select(c => c.OrganisationId).ToListAsync();
        var rows = await db.Set<TownshipCatalogueItem>().Where(i => i.TownshipCatalogueId == gaoduCatalogue).CountAsync();
        var areas = await db.Set<TownshipCatalogueArea>().Where(a => a.TownshipCatalogueId == gaoduCatalogue).CountAsync();
        var ownRows = await db.TownshipCatalogues.SelectMany(c => c.Items).CountAsync();

        Assert.Null(byId);
        Assert.Equal(bagong, Assert.Single(catalogues));
        Assert.Equal(0, rows);
        Assert.Equal(0, areas);
        Assert.True(ownRows > 0);
        Assert.Equal(ownRows, await db.Set<TownshipCatalogueItem>().CountAsync());
    }

    [Fact]
    public async Task Query_ReviewerAndAnonymousContexts_SeeAllAndNone()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await SeedAsync(database);

        database.User.AsReviewer();
        await using (var db = database.CreateContext())
        {
            Assert.Equal(2, await db.TownshipCatalogues.CountAsync());
        }

        database.User.AsAnonymous();
        await using (var db = database.CreateContext())
        {
            Assert.Equal(0, await db.TownshipCatalogues.CountAsync());
            Assert.Equal(0, await db.Set<TownshipCatalogueItem>().CountAsync());
        }
    }

    [Fact]
    public async Task Save_ClerkChangingAnotherTownshipsCatalogueLoadedWithoutFilters_IsRefused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (_, bagong, gaoduCatalogue) = await SeedAsync(database);
        database.User.AsClerk(bagong);
        await using var db = database.CreateContext();
        var other = await db.TownshipCatalogues.IgnoreQueryFilters().Include(c => c.Areas).Include(c => c.Items)
            .SingleAsync(c => c.Id == gaoduCatalogue);

        other.Submit(DateTime.UtcNow, "bagong-clerk");

        await Assert.ThrowsAsync<ForbiddenException>(() => db.SaveChangesAsync());
    }
}
