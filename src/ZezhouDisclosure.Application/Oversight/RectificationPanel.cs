using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>
/// 整改 on the 工作台: a unit's clerk and head see their units' 整改 not yet 销号 (overdue and due soon marked); the
/// county office sees the overdue ones of every unit.
/// </summary>
public sealed class RectificationPanel(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : IWorkbenchPanelSource
{
    private const int Limit = 10;

    public async ValueTask<WorkbenchPanel?> BuildAsync(WorkbenchAudience audience, CancellationToken cancellationToken)
    {
        if (!currentUser.Has(Permissions.Oversight.View))
        {
            return null;
        }

        var today = ChinaTime.Today(time);
        var county = audience == WorkbenchAudience.County;
        // The organisation-scope filter keeps a unit's staff to their own units' 整改.
        var rows = db.Rectifications.AsNoTracking().Where(r => r.Status != RectificationStatus.Verified);
        if (county)
        {
            rows = rows.Where(r => r.DueOn < today);
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = await (
            from r in rows
            join f in db.Findings on r.FindingId equals f.Id
            join o in db.Organisations on r.OrganisationId equals o.Id
            orderby r.DueOn, r.Id
            select new { r.Id, r.DueOn, r.Status, f.RuleName, o.Name }).Take(Limit).ToListAsync(cancellationToken);
        return new WorkbenchPanel(
            "rectifications",
            county ? "超期未整改" : "整改任务",
            [
                .. items.Select(i => new WorkbenchPanelItem(
                    county ? $"{i.Name}：{i.RuleName}" : i.RuleName,
                    $"/admin/oversight/rectifications#rectification-{i.Id}",
                    $"期限 {i.DueOn:yyyy-MM-dd}（{OversightAccess.Label(i.Status)}）",
                    i.DueOn < today ? WorkbenchUrgency.Overdue : i.DueOn.DayNumber - today.DayNumber <= 3 ? WorkbenchUrgency.DueSoon : WorkbenchUrgency.Normal)),
            ],
            Order: 105,
            Summary: total > Limit ? $"共 {total} 项，显示最早到期的 {Limit} 项。" : null,
            MoreUrl: "/admin/oversight/rectifications",
            MoreText: "全部整改",
            EmptyText: county ? null : "本单位暂无整改任务。");
    }
}
