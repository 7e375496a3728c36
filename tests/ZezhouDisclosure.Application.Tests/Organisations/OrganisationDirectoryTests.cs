using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Organisations;

public class OrganisationDirectoryTests
{
    [Fact]
    public async Task GetAsync_NamesAndEarlierNames_AsTheDatabaseHoldsThem()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        int gaodu, dayang;
        await using (var db = database.CreateContext())
        {
            gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
            dayang = await db.Organisations.Where(o => o.Slug == "dayang").Select(o => o.Id).SingleAsync();
            db.OrganisationNameRecords.Add(new OrganisationNameRecord(gaodu, "高都乡人民政府", null, new DateOnly(2019, 12, 31)));
            db.OrganisationNameRecords.Add(new OrganisationNameRecord(gaodu, "高都公社", null, new DateOnly(1983, 6, 30)));
            await db.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var directory = await OrganisationDirectory.GetAsync(reader, database.CreateReadCache(), CancellationToken.None);
        var current = await reader.Organisations.Where(o => o.Id == gaodu || o.Id == dayang).ToDictionaryAsync(o => o.Id, o => o.Name);

        Assert.Equal([current[dayang], OrganisationDirectory.RevokedUnitName, current[gaodu]], directory.Names([dayang, 999_999, gaodu]));
        Assert.Equal(["高都乡人民政府", "高都公社"], directory.EarlierNames(gaodu, new DateOnly(1980, 1, 1)).Select(n => n.Name));
        Assert.Equal(["高都乡人民政府"], directory.EarlierNames(gaodu, new DateOnly(2019, 12, 31)).Select(n => n.Name));
        Assert.Empty(directory.EarlierNames(gaodu, new DateOnly(2020, 1, 1)));
        Assert.Empty(directory.EarlierNames(dayang, new DateOnly(1980, 1, 1)));
    }

    [Fact]
    public async Task GetAsync_Twice_ReadsTheDatabaseOnceUntilPublicContentChanges()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var cache = database.CreateReadCache();
        await using var reader = database.CreateContext();

        var first = await OrganisationDirectory.GetAsync(reader, cache, CancellationToken.None);
        var second = await OrganisationDirectory.GetAsync(reader, cache, CancellationToken.None);
        await cache.OnCommittedAsync([new(PublicContentKind.Organisation, 1, 1)], CancellationToken.None);
        var afterChange = await OrganisationDirectory.GetAsync(reader, cache, CancellationToken.None);

        Assert.Same(first, second);
        Assert.NotSame(first, afterChange);
    }
}
