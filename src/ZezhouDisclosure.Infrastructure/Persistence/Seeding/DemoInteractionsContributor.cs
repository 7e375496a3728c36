using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo 互动交流 (Portal:DemoData only): an answered and published 高都镇 enquiry, one waiting in the county office's
/// triage queue, one with 县教育局 past its limit, a 找错 report, and an open 一般 舆情 case. Skipped once any message exists.
/// </summary>
public sealed class DemoInteractionsContributor(AppDbContext db, TimeProvider time) : IDemoDataContributor
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.CitizenMessages.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, cancellationToken);
        if (!organisations.TryGetValue("gaodu", out var gaodu) || !organisations.TryGetValue("jyj", out var education))
        {
            return;
        }

        var county = organisations.Values.First(o => o.Kind == OrganisationKind.CountyOffice);
        var calendar = new WorkingDayCalendar(
            await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken), await db.CalendarDays.ToListAsync(cancellationToken));
        var deadlines = new MessageDeadlines();
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(time);
        var serial = 0;

        CitizenMessage Message(MessageKind kind, MessageCategory category, Organisation? addressed, string title, string content, bool consent, int daysAgo)
        {
            var day = today.AddDays(-daysAgo);
            var message = new CitizenMessage(
                MessageNumber.Format(kind, day, ++serial), kind, category, county.Id, addressed?.Id, title, content,
                kind == MessageKind.Enquiry ? "演示用户" : null, kind == MessageKind.Enquiry ? "13800000000" : null, null,
                kind == MessageKind.ErrorReport ? "/xxgk" : null, consent, now.AddDays(-daysAgo), day,
                calendar.AddWorkingDays(day, deadlines.WorkingDaysFor(category)), Guid.NewGuid().ToString("N"));
            db.CitizenMessages.Add(message);
            return message;
        }

        var answered = Message(MessageKind.Enquiry, MessageCategory.Consultation, gaodu, "高都镇冬季供暖开始时间",
            "请问高都镇今年冬季集中供暖从哪天开始？", consent: true, daysAgo: 6);
        answered.Route(gaodu.Id, now.AddDays(-6), "xzfb", "属高都镇职责");
        answered.Answer("高都镇今年冬季集中供暖自11月15日开始，至次年3月15日结束。", gaodu.Id, "gaodu", now.AddDays(-4), today.AddDays(-4));
        answered.Publish(now.AddDays(-3));
        Message(MessageKind.Enquiry, MessageCategory.Suggestion, null, "建议增设公交站点", "建议在县城南关路口增设公交站点，方便群众出行。", consent: true, daysAgo: 1);
        var late = Message(MessageKind.Enquiry, MessageCategory.Help, education, "子女入学咨询",
            "外地户籍子女如何在县城小学就读？需要哪些材料？", consent: false, daysAgo: 12);
        late.Route(education.Id, now.AddDays(-11), "xzfb", null);
        Message(MessageKind.ErrorReport, MessageCategory.SiteError, null, "链接失效", "政府信息公开页面的一个链接无法打开。", consent: false, daysAgo: 0);

        db.SentimentCases.Add(new SentimentCase(
            "网民反映某小区供暖温度不达标", "本地论坛", "https://bbs.example.cn/t/1", now.AddHours(-20), SentimentLevel.General,
            gaodu.Id, [county.Id], "县政府办公室 王联络", "高都镇 李承办", now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
