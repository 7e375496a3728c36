using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.Villages;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Villages;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Villages;

/// <summary>The inspector's rule over village data: a monthly 财务公开 missing after the 10th of the next month.</summary>
public class OverdueVillageFinanceCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public async Task Run_FlagsVillagesWithoutLastMonthsPublishedFinance_ToTheirTownship()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsSystem();
        int gaodu, paid, late, draftOnly, newVillage;
        await using (var db = database.CreateContext())
        {
            var township = await db.Organisations.SingleAsync(o => o.Slug == "gaodu");
            gaodu = township.Id;
            Organisation Village(string code, DateOnly? from)
            {
                var village = new Organisation("gaodu-" + code, "村" + code, OrganisationKind.Village, code, 1);
                village.MoveUnder(township, _ => null);
                village.SetValidity(from, null, null);
                db.Organisations.Add(village);
                return village;
            }

            var a = Village("800001", new DateOnly(2020, 1, 1));
            var b = Village("800002", new DateOnly(2020, 1, 1));
            var c = Village("800003", new DateOnly(2020, 1, 1));
            var d = Village("800004", new DateOnly(2026, 11, 1));
            await db.SaveChangesAsync();
            (paid, late, draftOnly, newVillage) = (a.Id, b.Id, c.Id, d.Id);

            VillagePosting Finance(int villageId, int month)
            {
                var posting = new VillagePosting(villageId, VillagePostingCategory.Finance, VillagePeriod.Create(VillagePeriodKind.Monthly, 2026, month, null),
                    "财务公开", "明细", Today, Today, null, Today);
                db.VillagePostings.Add(posting);
                return posting;
            }

            var published = Finance(paid, 10);
            published.Submit();
            published.Publish(DateTime.UtcNow, "gaodu");
            var older = Finance(late, 9);
            older.Submit();
            older.Publish(DateTime.UtcNow, "gaodu");
            Finance(draftOnly, 10).Submit();
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var check = new OverdueVillageFinanceCheck(db);
            var observations = await check.RunAsync(new ComplianceCheckContext(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero), null), CancellationToken.None);

            Assert.Equal([$"village-finance:{late}:2026-10", $"village-finance:{draftOnly}:2026-10"], observations.Select(o => o.Subject).Order(StringComparer.Ordinal));
            Assert.All(observations, o => Assert.Equal(gaodu, o.OrganisationId));
            Assert.All(observations, o => Assert.Equal(FindingSeverity.Deduction, o.Severity));
            Assert.Contains("2026年10月财务公开逾期", observations[0].Evidence, StringComparison.Ordinal);
            Assert.DoesNotContain(observations, o => o.Subject.Contains($":{newVillage}:", StringComparison.Ordinal));

            var beforeTheTenth = await check.RunAsync(new ComplianceCheckContext(new DateTimeOffset(2026, 11, 10, 2, 0, 0, TimeSpan.Zero), null), CancellationToken.None);
            Assert.DoesNotContain(beforeTheTenth, o => o.Subject.EndsWith(":2026-10", StringComparison.Ordinal));
            Assert.Empty(await check.RunAsync(new ComplianceCheckContext(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero), [999_999]), CancellationToken.None));
        }
    }
}
