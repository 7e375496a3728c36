using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// 公众参与 demo data for 高都镇: a closed 征求意见 with moderated comments and its published 采纳情况, and an open one
/// with a published and a pending comment. Dates follow today (Beijing), so the demo always shows both states.
/// </summary>
public sealed class ParticipationDemoData(AppDbContext db, TimeProvider time) : IDemoDataContributor
{
    private const string ClosedTitle = "关于《高都镇农村生活垃圾治理实施方案（征求意见稿）》公开征求意见的公告（演示）";
    private const string OpenTitle = "关于《高都镇集镇停车管理办法（征求意见稿）》公开征求意见的公告（演示）";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (gaodu is not int organisationId
            || await db.Consultations.AnyAsync(c => c.OrganisationId == organisationId && (c.Title == ClosedTitle || c.Title == OpenTitle), cancellationToken))
        {
            return;
        }

        var today = ChinaTime.Today(time);

        var closed = new Consultation(organisationId, new ConsultationContent(
            ClosedTitle,
            "第一条 为改善农村人居环境，推进农村生活垃圾分类减量和资源化利用，结合本镇实际，制定本方案。\n第二条 各村设置分类收集点，每周二、周五定时收运。\n第三条 本方案自印发之日起施行。",
            "根据《泽州县农村人居环境整治提升行动方案》起草，已征求各村意见。",
            "信函寄至高都镇人民政府党政办（邮编 048000），或发送电子邮件至 gaodu@example.gov.cn",
            today.AddDays(-70), today.AddDays(-41), null, false));
        var open = new Consultation(organisationId, new ConsultationContent(
            OpenTitle,
            "第一条 为规范集镇停车秩序，制定本办法。\n第二条 集镇主街实行分时段停车，7 时至 19 时限停 2 小时。\n第三条 本办法自印发之日起施行。",
            "集镇停车难问题群众反映较多，经镇党委会研究起草。",
            "电话 0356-0000000（工作日 9 时至 17 时）",
            today.AddDays(-5), today.AddDays(24), null, false));
        db.Consultations.AddRange(closed, open);
        await db.SaveChangesAsync(cancellationToken);

        var closedOpening = At(today.AddDays(-70), 9);
        closed.Submit(closedOpening, "gaodu");
        closed.Approve(closedOpening, "shenhe");
        open.Submit(At(today.AddDays(-5), 9), "gaodu");
        open.Approve(At(today.AddDays(-5), 10), "shenhe");

        var comments = new[]
        {
            closed.Comment("建议在每个村增设大件垃圾临时堆放点。", "张先生", "13800000001", At(today.AddDays(-60), 10), today.AddDays(-60)),
            closed.Comment("收运时间能否改为每天一次？夏季气温高，垃圾容易发臭。", null, null, At(today.AddDays(-55), 20), today.AddDays(-55)),
            closed.Comment("建议对垃圾分类做得好的农户给予积分奖励。", "王女士", null, At(today.AddDays(-50), 15), today.AddDays(-50)),
            closed.Comment("低价出售二手家电，联系微信 xxxx", null, null, At(today.AddDays(-45), 8), today.AddDays(-45)),
        };
        var published = open.Comment("建议在学校门口设置临时停车区，方便接送学生。", "李老师", "lixx@example.com", At(today.AddDays(-3), 12), today.AddDays(-3));
        var pending = open.Comment("集镇周边能否增加免费停车场？", null, null, At(today.AddDays(-1), 19), today.AddDays(-1));
        db.ConsultationComments.AddRange(comments);
        db.ConsultationComments.AddRange(published, pending);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var comment in comments.Take(3))
        {
            comment.Publish(At(today.AddDays(-44), 9), "gaodu");
        }

        comments[3].Reject("含有广告，与征求意见内容无关。", At(today.AddDays(-44), 9), "gaodu");
        published.Publish(At(today.AddDays(-2), 9), "gaodu");
        closed.SaveFeedback(new FeedbackCounts(4, 1, 1, 2),
            "共收到意见 4 条（网上 3 条、信函 1 条）。\n一、关于增设大件垃圾临时堆放点的意见，予以采纳，已在方案第二条中增加。\n二、关于每天收运一次的意见，部分采纳：6 月至 9 月每天收运，其余月份每周两次。\n三、关于积分奖励的意见，未采纳，理由：积分奖励由县级统一制定办法，待县级办法出台后执行。\n四、信函提出的收费意见，未采纳，理由：本方案不涉及收费。",
            today.AddDays(-40));
        closed.SubmitFeedback(3, At(today.AddDays(-35), 10), "gaodu");
        closed.PublishFeedback(3, At(today.AddDays(-34), 10), "shenhe");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An instant at <paramref name="hour"/> o'clock Beijing time on <paramref name="day"/>, in UTC.</summary>
    private static DateTime At(DateOnly day, int hour) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(hour, 0)) - ChinaTime.Offset, DateTimeKind.Utc);
}
