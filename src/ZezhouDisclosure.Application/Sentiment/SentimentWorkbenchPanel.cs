using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Application.Sentiment;

/// <summary>
/// 舆情 on the county office's 工作台: every running clock (time left, or overdue by how long) and the on-call list
/// (联络人 and 承办人 of the open cases). A clerk whose unit is responsible for an open case sees it too (the
/// back-office notice of the people responsible), without the register's link.
/// </summary>
public sealed class SentimentWorkbenchPanel(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : IWorkbenchPanelSource
{
    public const string PanelId = "sentiment-panel";

    public async ValueTask<WorkbenchPanel?> BuildAsync(WorkbenchAudience audience, CancellationToken cancellationToken)
    {
        var manage = currentUser.Has(Permissions.Sentiment.Manage);
        var feedback = !manage && currentUser.Has(Permissions.Sentiment.Feedback);
        var units = currentUser.OrganisationIds;
        if (audience == WorkbenchAudience.County ? !manage : units.Count == 0)
        {
            return null;
        }

        var cases = db.SentimentCases.AsNoTracking().Include(c => c.Units).Where(c => c.Status == SentimentStatus.Open);
        if (audience != WorkbenchAudience.County)
        {
            var mine = units.ToList();
            cases = cases.Where(c => c.Units.Any(u => mine.Contains(u.OrganisationId)));
        }

        var open = await cases.ToListAsync(cancellationToken);
        if (open.Count == 0 && audience != WorkbenchAudience.County)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var items = open
            .SelectMany(c => c.RunningClocks.Select(k => (Case: c, Clock: k)))
            .OrderBy(x => x.Clock.DueAt)
            .Select(x => new WorkbenchPanelItem(
                $"{x.Case.Topic}（{Interactions.InteractionLabels.Of(x.Case.Level)}，{x.Clock.Name}）",
                manage ? SentimentAccess.StaffUrl(x.Case.Id) : feedback ? SentimentAccess.UnitUrl(x.Case.Id) : null,
                $"{x.Clock.Describe(now)}，时限 {ChinaTime.ToBeijing(x.Clock.DueAt):M月d日 HH:mm}；联络人 {x.Case.LiaisonName}，承办人 {x.Case.HandlerName}",
                x.Clock.IsOverdue(now) ? WorkbenchUrgency.Overdue : x.Clock.Left(now) <= TimeSpan.FromHours(6) ? WorkbenchUrgency.DueSoon : WorkbenchUrgency.Normal))
            .ToList();
        var onCall = string.Join("；", open.Select(c => $"{c.Topic}：联络人 {c.LiaisonName}、承办人 {c.HandlerName}").Distinct());
        return new WorkbenchPanel(PanelId, "政务舆情", items, Order: 112,
            Summary: open.Count == 0 ? "没有正在处置的舆情。" : $"正在处置 {open.Count} 件，超时 {open.Count(c => c.IsOverdue(now))} 件。值班：{onCall}",
            MoreUrl: manage ? "/admin/sentiment" : feedback ? "/admin/sentimentfeedback" : null,
            MoreText: manage ? "舆情台账" : feedback ? "本单位舆情与核实反馈" : null);
    }
}

/// <summary>舆情 clocks past their limit (24/48 h to the first response, 24 h to 核实反馈; 扣分).</summary>
public sealed class SentimentOverdueCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "sentiment.overdue";

    public string Name => "政务舆情回应超时";

    public string Source => "政务公开工作要点 四(五)2：重大舆情24小时内、一般舆情48小时内回应，核实处置24小时内反馈";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var now = context.Now.UtcDateTime;
        var cases = await db.SentimentCases.AsNoTracking().Include(c => c.Units).Where(c => c.Status == SentimentStatus.Open).ToListAsync(cancellationToken);
        return
        [
            .. cases.Where(c => context.Covers(c.LeadOrganisationId))
                .SelectMany(c => c.RunningClocks.Where(k => k.IsOverdue(now))
                    .Select(k => new ComplianceObservation(c.LeadOrganisationId, $"sentiment:{c.Id}:{k.Name}", FindingSeverity.Deduction,
                        $"舆情“{c.Topic}”{k.Name}时限 {ChinaTime.ToBeijing(k.DueAt):yyyy-MM-dd HH:mm}，{k.Describe(now)}。", SentimentAccess.StaffUrl(c.Id)))),
        ];
    }
}
