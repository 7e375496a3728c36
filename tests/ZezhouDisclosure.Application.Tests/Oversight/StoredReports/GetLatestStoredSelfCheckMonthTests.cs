using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Oversight.StoredReports;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Oversight.StoredReports;

/// <summary>The month the monthly job catches up from: the latest stored, none when nothing is stored; county-wide only.</summary>
public class GetLatestStoredSelfCheckMonthTests
{
    private static StoredSelfCheckReport Report(int? unit, int year, int month) =>
        new(unit, unit is null ? "泽州县" : "高都镇", year, month, 1, SelfCheckReportTrigger.Monthly, "{}", 0, 0, 0,
            new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), "系统", null);

    [Fact]
    public async Task Handle_NothingStored_Null_ThenTheLatestMonthOfAnyUnit()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var handler = new GetLatestStoredSelfCheckMonthHandler(db, database.User);
        Assert.Null(await handler.Handle(new GetLatestStoredSelfCheckMonthQuery(), default));

        var gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        db.StoredSelfCheckReports.AddRange(Report(null, 2026, 9), Report(gaodu, 2026, 11), Report(null, 2025, 12));
        await db.SaveChangesAsync();

        Assert.Equal(new StoredReportMonth(2026, 11), await handler.Handle(new GetLatestStoredSelfCheckMonthQuery(), default));
    }

    [Fact]
    public async Task Handle_Clerk_Refused()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        database.User.AsClerk(gaodu, "gaodu-clerk");

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new GetLatestStoredSelfCheckMonthHandler(db, database.User).Handle(new GetLatestStoredSelfCheckMonthQuery(), default));
    }
}
