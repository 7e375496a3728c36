using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.NewMedia;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo 办事指南 (高都镇: two published, one revised to a second version, one draft) and county 政务新媒体 accounts with
/// checks (one stale, one second account on a platform, one closed). Skipped once any service item exists.
/// </summary>
public sealed class DemoServiceItemsAndNewMedia(AppDbContext db, TimeProvider time) : IDemoDataContributor
{
    public int Order => 170;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.ServiceItems.AnyAsync(cancellationToken))
        {
            return;
        }

        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        if (!organisations.TryGetValue("gaodu", out var gaodu))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(time);

        var assistance = Guide(
            "最低生活保障申请", ServiceItemType.Benefit, ["assistance"], "civil-affairs",
            ["户口簿", "身份证", "家庭收入情况说明"], legal: 30, promised: 20);
        var birth = Guide(
            "生育登记", ServiceItemType.PublicService, ["birth", "marriage"], "health",
            ["夫妻双方身份证", "结婚证", "生育登记表"], legal: 5, promised: 0);
        var elderly = Guide(
            "高龄津贴申领", ServiceItemType.Benefit, ["retirement"], "social-security",
            ["身份证", "户口簿", "银行卡"], legal: 20, promised: 10);

        var first = new ServiceItem(gaodu, assistance);
        var second = new ServiceItem(gaodu, birth);
        var draft = new ServiceItem(gaodu, elderly);
        db.ServiceItems.AddRange(first, second, draft);
        await db.SaveChangesAsync(cancellationToken);

        void Publish(ServiceItem item, int daysAgo, string? note = null)
        {
            item.Submit(now.AddDays(-daysAgo).AddHours(-2), "gaodu", unitSignOff: false, note);
            db.ServiceItemVersions.Add(item.Approve(now.AddDays(-daysAgo), "shenhe"));
        }

        Publish(first, 40);
        Publish(second, 30);
        second.StartRevision();
        second.Edit(ServiceGuideJson.Read(second.GuideJson) with { PromisedDays = 0, Hours = "工作日 8:30-12:00，14:30-17:30（夏季 15:00-18:00）" });
        Publish(second, 5, "调整夏季办理时间。");
        await db.SaveChangesAsync(cancellationToken);

        if (await db.NewMediaAccounts.AnyAsync(cancellationToken))
        {
            return;
        }

        NewMediaAccount Account(string slug, NewMediaPlatform platform, string name, string id, int openedDaysAgo) =>
            new(organisations[slug], new NewMediaAccountDetails(platform, name, id, "张明", today.AddDays(-openedDaysAgo), "县政务公开办审批"), today);

        var accounts = new List<NewMediaAccount>
        {
            Account("xzf", NewMediaPlatform.WeChat, "泽州县人民政府", "zezhou_gov", 2000),
            Account("xzf", NewMediaPlatform.Weibo, "泽州发布", "6012345678", 1800),
            Account("gaodu", NewMediaPlatform.WeChat, "泽州高都镇", "gaodu_zhen", 900),
            Account("gaodu", NewMediaPlatform.WeChat, "高都镇便民服务", "gaodu_bianmin", 400),
            Account("jyj", NewMediaPlatform.Douyin, "泽州教育", "zzjy2020", 700),
            Account("jyj", NewMediaPlatform.Toutiao, "泽州县教育局", "zzjyj_tt", 1500),
        };
        db.NewMediaAccounts.AddRange(accounts);
        await db.SaveChangesAsync(cancellationToken);

        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        foreach (var (account, lastPostDaysAgo) in accounts.Take(4).Zip([2, 3, 30, 6]))
        {
            var check = new NewMediaCheck(account, lastMonth, today, today.AddDays(-lastPostDaysAgo), 12, 12, null, null);
            account.Record(check);
            db.NewMediaChecks.Add(check);
        }

        accounts[5].Close(NewMediaAccountStatus.Closed, today.AddDays(-60), "因机构职能调整，本账号停止更新，教育信息请关注“泽州教育”抖音号和泽州县人民政府门户网站。", today);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ServiceGuide Guide(
        string name, ServiceItemType type, string[] lifeEvents, string theme, string[] materials, int legal, int promised) => new()
    {
        Name = name,
        Type = type,
        Basis = "《社会救助暂行办法》及山西省相关规定",
        Conditions = "户籍在本镇、符合相关条件的居民，本人或委托他人向户籍所在地镇人民政府便民服务中心提出申请。",
        Materials = [.. materials.Select(m => new ServiceMaterial(0, m, MaterialForm.OriginalAndCopy, 1, MaterialMedium.Paper, "申请人自备"))],
        Steps = ["申请", "受理", "审查", "决定", "送达"],
        LegalDays = legal,
        PromisedDays = promised,
        IsFree = true,
        Location = "高都镇便民服务中心一楼综合窗口",
        Hours = "工作日 8:30-12:00，14:30-17:30",
        ConsultPhone = "0356-3000000",
        ComplaintPhone = "12345",
        OnlineLevel = OnlineLevel.OnlinePreReview,
        OnlineUrl = "https://www.sxzwfw.gov.cn/",
        Questions = [new ServiceQuestion("可以委托他人办理吗？", "可以，受托人须携带委托书和本人身份证。")],
        LifeEvents = lifeEvents,
        Theme = theme,
    };
}
