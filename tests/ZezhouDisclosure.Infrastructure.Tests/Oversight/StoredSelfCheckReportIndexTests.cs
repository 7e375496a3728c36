using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Oversight;

/// <summary>
/// One edition per month and unit, the county's report included: two nodes storing the county's report of a month at
/// the same moment must not both succeed (a unique index on the nullable unit id would let both NULLs in).
/// </summary>
public class StoredSelfCheckReportIndexTests
{
    private static StoredSelfCheckReport Report(int? organisationId) =>
        new(organisationId, organisationId is null ? "泽州县" : "高都镇", 2026, 11, 1, SelfCheckReportTrigger.Monthly, "{}", 0, 0, 0,
            new DateTime(2026, 11, 30, 22, 0, 0, DateTimeKind.Utc), "系统", null);

    [Fact]
    public async Task Save_SecondCountyReportOfTheSameMonthAndEdition_Refused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsSystem();
        await using (var first = database.CreateContext())
        {
            first.StoredSelfCheckReports.Add(Report(null));
            await first.SaveChangesAsync();
        }

        await using (var second = database.CreateContext())
        {
            second.StoredSelfCheckReports.Add(Report(null));
            await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
        }

        await using var check = database.CreateContext();
        Assert.Equal(1, await check.StoredSelfCheckReports.CountAsync(r => r.OrganisationId == null));
    }

    [Fact]
    public async Task Save_SameMonthForTheCountyAndAUnit_BothKept()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();

        db.StoredSelfCheckReports.AddRange(Report(null), Report(gaodu));
        await db.SaveChangesAsync();

        Assert.Equal(2, await db.StoredSelfCheckReports.CountAsync());
    }
}
