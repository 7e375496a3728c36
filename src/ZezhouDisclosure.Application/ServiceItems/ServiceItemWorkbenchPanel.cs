using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>
/// The 工作台 block of 办事指南 waiting for the user: returned ones for the clerk, 待单位审核 for the unit head, 待审核 for
/// the county office.
/// </summary>
public sealed class ServiceItemWorkbenchPanel(IAppDbContext db, ICurrentUser currentUser) : IWorkbenchPanelSource
{
    public async ValueTask<WorkbenchPanel?> BuildAsync(WorkbenchAudience audience, CancellationToken cancellationToken)
    {
        var (status, title) = audience switch
        {
            WorkbenchAudience.Clerk => (ServiceItemStatus.Returned, "办事指南：已退回待修改"),
            WorkbenchAudience.UnitHead => (ServiceItemStatus.AwaitingUnitApproval, "办事指南：待单位审核"),
            _ => (ServiceItemStatus.Submitted, "办事指南：待审核"),
        };
        if (!currentUser.Has(Permissions.ServiceItems.View))
        {
            return null;
        }

        var items = db.ServiceItems.AsNoTracking().Where(i => i.Status == status);
        if (!currentUser.IsCountyWide())
        {
            var own = currentUser.OrganisationIds.ToList();
            items = items.Where(i => own.Contains(i.OrganisationId));
        }

        var rows = await (from i in items
                          join o in db.Organisations on i.OrganisationId equals o.Id
                          orderby i.SubmittedAt
                          select new { i.Id, i.Name, Organisation = o.Name })
            .Take(20).ToListAsync(cancellationToken);
        return rows.Count == 0
            ? null
            : new WorkbenchPanel(
                "service-items",
                title,
                [.. rows.Select(r => new WorkbenchPanelItem($"{r.Organisation}：{r.Name}", $"/admin/service-items/{r.Id}"))],
                Order: 132,
                MoreUrl: "/admin/service-items",
                MoreText: "全部办事指南");
    }
}
