using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Seeding;

/// <summary>The reference data gives every unit the legal name its notices are issued under.</summary>
public class OrganisationLegalNameSeedingTests
{
    [Fact]
    public async Task Seed_FreshDatabase_TownshipsAreTheirPeoplesGovernments_DepartmentsKeepTheirFullNames()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        var names = await db.Organisations.ToDictionaryAsync(o => o.Slug, o => o.OfficialName);

        Assert.Equal("泽州县高都镇人民政府", names["gaodu"]);
        Assert.Equal("泽州县南岭镇人民政府", names["nanling"]);
        Assert.Equal("泽州县李寨乡人民政府", names["lizhaixiang"]);
        Assert.Equal("泽州县教育局", names["jyj"]);
        Assert.Equal("泽州县人民政府办公室", names["xzfb"]);
    }

    [Fact]
    public async Task Seed_AgainAfterAnAdministratorsEdit_KeepsTheEdit()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            var gaodu = await db.Organisations.SingleAsync(o => o.Slug == "gaodu");
            gaodu.SetLegalName("泽州县高都镇人民政府（测试）");
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            await new ReferenceDataSeeder(db).SeedAsync(CancellationToken.None);
        }

        await using var check = database.CreateContext();
        Assert.Equal("泽州县高都镇人民政府（测试）", await check.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.LegalName).SingleAsync());
    }
}
