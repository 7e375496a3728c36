using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Villages;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Villages;

/// <summary>
/// The organisation scope as a set, at the data layer: a township clerk's scope is the township and its villages
/// (<see cref="VillageScope"/>), so the filters show it their villages' unpublished postings and the save guard lets it
/// write them; a village account's scope is its village alone.
/// </summary>
public class VillageScopeTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private sealed record Seeded(int Gaodu, int Bagong, int GaoduA, int GaoduB, int BagongA, int Retired);

    private static async Task<Seeded> SeedAsync(SqliteTestDatabase database)
    {
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var towns = await db.Organisations.Where(o => o.Slug == "gaodu" || o.Slug == "bagong").ToDictionaryAsync(o => o.Slug);
        Organisation Village(string township, string code, string name)
        {
            var village = new Organisation($"{township}-{code}", name, OrganisationKind.Village, code, 1);
            village.MoveUnder(towns[township], _ => null);
            db.Organisations.Add(village);
            return village;
        }

        var gaoduA = Village("gaodu", "900001", "甲村");
        var gaoduB = Village("gaodu", "900002", "乙村");
        var bagongA = Village("bagong", "900003", "丙村");
        var retired = Village("gaodu", "900004", "撤销村");
        await db.SaveChangesAsync();
        retired.Retire(new DateOnly(2025, 12, 31));
        foreach (var village in new[] { gaoduA, gaoduB, bagongA })
        {
            db.VillagePostings.Add(new VillagePosting(village.Id, VillagePostingCategory.Finance, VillagePeriod.Create(VillagePeriodKind.Monthly, 2026, 10, null),
                village.Name + "草稿", "内容", Today, Today.AddDays(9), null, Today));
        }

        await db.SaveChangesAsync();
        return new Seeded(towns["gaodu"].Id, towns["bagong"].Id, gaoduA.Id, gaoduB.Id, bagongA.Id, retired.Id);
    }

    [Fact]
    public async Task VillagesOf_ATownship_IsItsCurrentVillagesOnly()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var s = await SeedAsync(database);
        await using var db = database.CreateContext();

        Assert.Equal([s.GaoduA, s.GaoduB], await VillageScope.VillagesOfAsync(db, s.Gaodu));
        Assert.Equal([s.BagongA], await VillageScope.VillagesOfAsync(db, s.Bagong));
    }

    [Fact]
    public async Task TownshipClerk_ReadsItsVillagesDrafts_NotAnotherTownships()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var s = await SeedAsync(database);
        database.User.AsClerkFor(s.Gaodu, s.GaoduA, s.GaoduB);
        await using var db = database.CreateContext();

        var visible = await db.VillagePostings.Select(p => p.OrganisationId).OrderBy(id => id).ToListAsync();

        Assert.Equal([s.GaoduA, s.GaoduB], visible);
    }

    [Fact]
    public async Task VillageAccount_ReadsAndWritesItsVillageOnly()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var s = await SeedAsync(database);
        database.User.AsClerk(s.GaoduA);
        await using (var db = database.CreateContext())
        {
            Assert.Equal([s.GaoduA], await db.VillagePostings.Select(p => p.OrganisationId).ToListAsync());
            db.VillagePostings.Add(new VillagePosting(s.GaoduA, VillagePostingCategory.Affairs, VillagePeriod.Create(VillagePeriodKind.PerEvent, 0, 0, Today),
                "本村事项", "内容", Today, Today, null, Today));
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            db.VillagePostings.Add(new VillagePosting(s.GaoduB, VillagePostingCategory.Affairs, VillagePeriod.Create(VillagePeriodKind.PerEvent, 0, 0, Today),
                "邻村事项", "内容", Today, Today, null, Today));
            await Assert.ThrowsAsync<ForbiddenException>(() => db.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task TownshipClerk_WritingAnotherTownshipsVillage_IsRefusedBySaveGuard()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var s = await SeedAsync(database);
        database.User.AsClerkFor(s.Gaodu, s.GaoduA, s.GaoduB);
        await using var db = database.CreateContext();

        db.VillageCatalogueItems.Add(new VillageCatalogueItem(s.BagongA, "村级财务", "越权事项", "", "", "", 9));

        await Assert.ThrowsAsync<ForbiddenException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Public_SeesPublishedPostingsAndEveryCatalogue_NoDrafts()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var s = await SeedAsync(database);
        await using (var db = database.CreateContext())
        {
            var posting = await db.VillagePostings.SingleAsync(p => p.OrganisationId == s.GaoduA);
            posting.Submit();
            posting.Publish(DateTime.UtcNow, "gaodu");
            db.VillageCatalogueItems.Add(new VillageCatalogueItem(s.GaoduB, "村级财务", "收支明细", "", "", "", 1));
            await db.SaveChangesAsync();
        }

        database.User.AsAnonymous();
        await using (var db = database.CreateContext())
        {
            Assert.Equal([s.GaoduA], await db.VillagePostings.Select(p => p.OrganisationId).ToListAsync());
            Assert.Equal(1, await db.VillageCatalogueItems.CountAsync());
        }
    }
}
