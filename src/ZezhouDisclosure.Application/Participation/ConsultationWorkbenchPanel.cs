using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// The 公众参与 block of the 工作台: for a unit's clerk, comments awaiting moderation and feedbacks due (截止后 30 日);
/// for the county office, consultations and feedbacks awaiting review and feedbacks overdue; for a unit head, the
/// unit's consultations awaiting sign-off.
/// </summary>
public sealed class ConsultationWorkbenchPanel(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : IWorkbenchPanelSource
{
    private const int DueSoonDays = 7;

    public async ValueTask<WorkbenchPanel?> BuildAsync(WorkbenchAudience audience, CancellationToken cancellationToken)
    {
        if (!currentUser.Has(Permissions.Participation.View))
        {
            return null;
        }

        var today = ChinaTime.Today(time);
        var items = new List<WorkbenchPanelItem>();
        var own = currentUser.OrganisationIds;
        var countyWide = audience == WorkbenchAudience.County && currentUser.IsCountyWide();
        var consultations = await db.Consultations.AsNoTracking()
            .Where(c => countyWide || own.Contains(c.OrganisationId))
            .Where(c => c.Status != ConsultationStatus.Draft)
            .Select(c => new
            {
                c.Id, c.Title, c.Status, c.ClosesOn, c.FeedbackStatus,
                Pending = db.ConsultationComments.Count(m => m.ConsultationId == c.Id && m.Status == CommentStatus.Pending),
            })
            .ToListAsync(cancellationToken);
        foreach (var c in consultations.OrderBy(c => c.ClosesOn))
        {
            var url = $"/admin/consultations/details/{c.Id}";
            switch (audience)
            {
                case WorkbenchAudience.Clerk:
                    if (c.Pending > 0)
                    {
                        items.Add(new($"《{c.Title}》有 {c.Pending} 条意见待审核", url + "#comments", "意见审核后才公开"));
                    }

                    AddFeedbackDue(items, c.Status, c.FeedbackStatus, c.ClosesOn, c.Title, url, today);
                    break;
                case WorkbenchAudience.UnitHead:
                    if (c.Status == ConsultationStatus.AwaitingUnitApproval)
                    {
                        items.Add(new($"《{c.Title}》待单位审核", url));
                    }

                    break;
                default:
                    if (c.Status == ConsultationStatus.Submitted)
                    {
                        items.Add(new($"征求意见《{c.Title}》待审核", url));
                    }

                    if (c.FeedbackStatus == FeedbackStatus.Submitted)
                    {
                        items.Add(new($"《{c.Title}》的意见采纳情况待审核", url + "#feedback"));
                    }
                    else
                    {
                        var due = ConsultationPeriod.FeedbackDueOn(c.ClosesOn);
                        if (c.Status == ConsultationStatus.Published && c.FeedbackStatus != FeedbackStatus.Published && today > due)
                        {
                            items.Add(new($"《{c.Title}》截止后 30 日仍未公布意见采纳情况", url + "#feedback", $"应于 {due:yyyy-MM-dd} 前公布", WorkbenchUrgency.Overdue));
                        }
                    }

                    break;
            }
        }

        return new WorkbenchPanel("participation", "公众参与", items, Order: 128, MoreUrl: "/admin/consultations", MoreText: "全部征求意见");
    }

    private static void AddFeedbackDue(List<WorkbenchPanelItem> items, ConsultationStatus status, FeedbackStatus feedback, DateOnly closesOn, string title, string url, DateOnly today)
    {
        if (status != ConsultationStatus.Published || today <= closesOn || feedback is FeedbackStatus.Published or FeedbackStatus.Submitted)
        {
            return;
        }

        var due = ConsultationPeriod.FeedbackDueOn(closesOn);
        var urgency = today > due ? WorkbenchUrgency.Overdue : today.AddDays(DueSoonDays) >= due ? WorkbenchUrgency.DueSoon : WorkbenchUrgency.Normal;
        items.Add(new($"《{title}》已截止，请公布意见采纳情况", url + "#feedback", $"应于 {due:yyyy-MM-dd} 前公布", urgency));
    }
}
