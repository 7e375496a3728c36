using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Villages;
using ZezhouDisclosure.Infrastructure.Identity;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo 村（居）务公开 and organisation history: 高都镇 gets a few villages and a community (demo names and codes, marked
/// as inferred), each with the template 公开事项清单, one published monthly 财务公开 of last month, a village 信息员
/// account (<c>gaodu-cun</c>) limited to the first village; and the three former 乡 of 2021 are recorded as merged, so
/// their pages redirect to 川底镇 and 南岭镇.
/// </summary>
public sealed class DemoVillageAffairs(AppDbContext db, UserManager<AppUser> users, TimeProvider time) : IDemoDataContributor
{
    public const string VillageClerk = "gaodu-cun";

    private static readonly (string Name, string Code, OrganisationKind Kind)[] Villages =
    [
        ("高都村", "140525107201", OrganisationKind.Village),
        ("东沟村", "140525107202", OrganisationKind.Village),
        ("保福村", "140525107203", OrganisationKind.Village),
        ("高都社区", "140525107001", OrganisationKind.Community),
    ];

    public int Order => 160;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var former in await db.Organisations.Where(o => o.SuccessorId != null && o.ValidTo != null && o.MergedOn == null).ToListAsync(cancellationToken))
        {
            former.RecordEarlierMerge();
        }

        await db.SaveChangesAsync(cancellationToken);

        var gaodu = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == "gaodu", cancellationToken);
        if (gaodu is null || await db.Organisations.AnyAsync(o => o.ParentId == gaodu.Id, cancellationToken))
        {
            return;
        }

        var order = 0;
        var added = new List<Organisation>();
        foreach (var (name, code, kind) in Villages)
        {
            var village = new Organisation($"gaodu-{code}", name, kind, code, ++order);
            village.SetLegalName($"泽州县高都镇{name}{(kind == OrganisationKind.Community ? "居民委员会" : "村民委员会")}");
            village.SetProvenance(true, "演示数据：名称和代码为示例，未经核实。");
            village.SetContactName("村委会主任（演示）");
            village.SetContact(null, "0356-0000000", null);
            village.MoveUnder(gaodu, _ => null);
            db.Organisations.Add(village);
            added.Add(village);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var village in added)
        {
            VillageCatalogues.AddTemplate(db, village.Id);
        }

        var today = ChinaTime.Today(time);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var period = VillagePeriod.Create(VillagePeriodKind.Monthly, lastMonth.Year, lastMonth.Month, null);
        var posting = new VillagePosting(added[0].Id, VillagePostingCategory.Finance, period, $"高都村{period.Label}村级财务收支公开",
            "一、本月收入：集体经营收入 12,000.00 元，上级补助 8,500.00 元。\n二、本月支出：村内道路维修 6,200.00 元，办公费用 1,300.00 元。\n三、月末结余：见附表。\n（演示数据）",
            today.AddDays(-3), today.AddDays(7), "村务监督委员会（演示） 电话 0356-0000000", today);
        posting.Submit();
        posting.Publish(time.GetUtcNow().UtcDateTime, "gaodu");
        db.VillagePostings.Add(posting);
        await db.SaveChangesAsync(cancellationToken);

        if (await users.FindByNameAsync(VillageClerk) is null)
        {
            var user = new AppUser
            {
                UserName = VillageClerk,
                DisplayName = "高都村信息员（演示）",
                OrganisationId = added[0].Id,
                CreatedAt = time.GetUtcNow().UtcDateTime,
                LockoutEnabled = true,
            };
            var result = await users.CreateAsync(user, DemoDataSeeder.DemoPassword);
            if (result.Succeeded)
            {
                await users.AddToRoleAsync(user, Roles.Clerk);
            }
        }
    }
}
