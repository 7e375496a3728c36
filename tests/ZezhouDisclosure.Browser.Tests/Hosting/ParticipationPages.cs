using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;

namespace ZezhouDisclosure.Browser.Tests.Hosting;

/// <summary>
/// Published 公众参与 content of 高都镇 for the page scans: the demo 征求意见 (one open, one closed with its published
/// 采纳情况), a 参与事项目录 amended once (so one version is superseded) and a 列席 and an 在线访谈 record.
/// </summary>
public static class ParticipationPages
{
    /// <summary>The public addresses of the seeded pages, by what they show.</summary>
    public sealed record Seeded(int OpenConsultation, int ClosedConsultation, int Catalogue, int SupersededCatalogue, int Attendance, int Interview)
    {
        public string PathOf(string page) => page switch
        {
            "consultation-open" => $"/gzcy/zqyj/{OpenConsultation}",
            "consultation-closed" => $"/gzcy/zqyj/{ClosedConsultation}",
            "catalogue" => $"/gzcy/ml/{Catalogue}",
            "catalogue-superseded" => $"/gzcy/ml/{SupersededCatalogue}",
            "attendance" => $"/gzcy/jl/{Attendance}",
            "interview" => $"/gzcy/jl/{Interview}",
            _ => page,
        };
    }

    public static async Task<Seeded> SeedAsync(BrowserPortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await new ParticipationDemoData(db, time).SeedAsync(CancellationToken.None);
        var gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        var consultations = await db.Consultations.Where(c => c.OrganisationId == gaodu && c.Status == ConsultationStatus.Published)
            .Select(c => new { c.Id, c.FeedbackStatus }).ToListAsync();
        var today = ChinaTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;

        var rules = new ParticipationRules("涉及群众切身利益的重大行政决策事项", "征求意见、听证、座谈、问卷调查、列席会议", "泽州县政务公开门户、镇便民服务中心、来信");
        var items = new List<ParticipationItemContent>
        {
            new("高都镇农村生活垃圾治理实施方案", ParticipationMethod.Consultation, "泽州县政务公开门户", "第一季度"),
            new("高都镇集贸市场搬迁", ParticipationMethod.Hearing, "镇政府会议室", null),
        };
        var first = new ParticipationCatalogue(gaodu, today.Year, rules, today);
        first.Edit(rules, items);
        first.Submit(now, "gaodu");
        first.Approve(now, "shenhe");
        db.ParticipationCatalogues.Add(first);
        await db.SaveChangesAsync();
        var amendment = first.Amend("新增集镇停车管理办法");
        amendment.Edit(rules, [.. items, new("高都镇集镇停车管理办法", ParticipationMethod.Survey, "线上问卷", "第四季度")]);
        amendment.Submit(now, "gaodu");
        amendment.Approve(now, "shenhe");
        db.ParticipationCatalogues.Add(amendment);
        first.Supersede(amendment, now);

        var attendance = new ParticipationRecord(gaodu, new ParticipationRecordContent(
            ParticipationRecordKind.Attendance, "高都镇人民政府第12次常务会议", today.AddDays(-3), "研究高都镇集镇停车管理办法",
            Stakeholders: 2, CitizenRepresentatives: 3, Experts: 1, Media: 1), today);
        var interview = new ParticipationRecord(gaodu, new ParticipationRecordContent(
            ParticipationRecordKind.OnlineInterview, "高都镇镇长在线访谈", today.AddDays(-2), "解读高都镇农村人居环境整治政策",
            Guests: "高都镇镇长", Transcript: "主持人：欢迎收看。\n镇长：谢谢大家。", VideoUrl: "https://video.example/gaodu/1"), today);
        attendance.Publish(now);
        interview.Publish(now);
        db.ParticipationRecords.AddRange(attendance, interview);
        await db.SaveChangesAsync();
        return new Seeded(
            consultations.First(c => c.FeedbackStatus != FeedbackStatus.Published).Id,
            consultations.First(c => c.FeedbackStatus == FeedbackStatus.Published).Id,
            amendment.Id, first.Id, attendance.Id, interview.Id);
    }
}
