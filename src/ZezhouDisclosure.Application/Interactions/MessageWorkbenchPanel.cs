using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>
/// 留言 on the 工作台: a clerk's open cases (awaiting a reply, overdue highlighted); the county office's triage queue,
/// the overdue cases of every unit and the answers waiting for publication review.
/// </summary>
public sealed class MessageWorkbenchPanel(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : IWorkbenchPanelSource
{
    public const string PanelId = "messages-panel";
    private const int MaxItems = 10;

    public async ValueTask<WorkbenchPanel?> BuildAsync(WorkbenchAudience audience, CancellationToken cancellationToken)
    {
        if (audience == WorkbenchAudience.UnitHead || !currentUser.Has(Permissions.Interactions.View))
        {
            return null;
        }

        var today = ChinaTime.Today(time);
        var county = audience == WorkbenchAudience.County;
        var open = await db.CitizenMessages.AsNoTracking()
            .Where(m => m.Status == MessageStatus.Received || m.Status == MessageStatus.Assigned)
            .Where(m => county ? m.Status == MessageStatus.Received || m.DueOn < today : m.Status == MessageStatus.Assigned)
            .OrderBy(m => m.DueOn).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var review = county
            ? await db.CitizenMessages.AsNoTracking().CountAsync(m => m.Status == MessageStatus.Answered && m.PublicationConsent && !m.IsPublished, cancellationToken)
            : 0;
        var items = open.Take(MaxItems).Select(m => new WorkbenchPanelItem(
            $"{m.Number} {m.Title}（{InteractionLabels.Of(m.Status)}）",
            MessageAccess.StaffUrl(m.Id),
            m.IsOverdue(today) ? $"已超期，期限 {m.DueOn:yyyy-MM-dd}" : $"答复期限 {m.DueOn:yyyy-MM-dd}",
            m.IsOverdue(today) ? WorkbenchUrgency.Overdue : m.DueOn <= today.AddDays(1) ? WorkbenchUrgency.DueSoon : WorkbenchUrgency.Normal)).ToList();
        var overdue = open.Count(m => m.IsOverdue(today));
        var summary = county
            ? $"待分办 {open.Count(m => m.Status == MessageStatus.Received)} 件，超期 {overdue} 件，待审核公开 {review} 件。"
            : $"待答复 {open.Count} 件，其中超期 {overdue} 件。";
        return new WorkbenchPanel(PanelId, county ? "留言与找错" : "待答复留言", items, Order: 110, Summary: summary,
            MoreUrl: "/admin/messages", MoreText: "全部留言");
    }
}
