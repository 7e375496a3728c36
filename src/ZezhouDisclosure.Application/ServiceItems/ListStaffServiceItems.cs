using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>The back-office list: a clerk's or unit head's own unit, the county office every unit; optionally one status.</summary>
public sealed record ListStaffServiceItemsQuery(ServiceItemStatus? Status = null) : IQuery<IReadOnlyList<ServiceItemRow>>;

public sealed class ListStaffServiceItemsHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListStaffServiceItemsQuery, IReadOnlyList<ServiceItemRow>>
{
    public async ValueTask<IReadOnlyList<ServiceItemRow>> Handle(ListStaffServiceItemsQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ServiceItems.View, "没有查看办事指南的权限。");
        var items = db.ServiceItems.AsNoTracking();
        if (!currentUser.IsCountyWide())
        {
            // Published items of other units are public rows; the back-office list keeps to the user's own units.
            var own = currentUser.OrganisationIds.ToList();
            items = items.Where(i => own.Contains(i.OrganisationId));
        }

        if (query.Status is { } status)
        {
            items = items.Where(i => i.Status == status);
        }

        return await (from i in items
                      join o in db.Organisations on i.OrganisationId equals o.Id
                      orderby o.SortOrder, i.Name
                      select new ServiceItemRow(i.Id, i.Name, o.Name, i.Status, i.PublishedVersion, i.PublishedAt, i.UpdatedAt))
            .ToListAsync(cancellationToken);
    }
}
