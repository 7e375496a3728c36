using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>An item's staff page: the working copy with its files, what changed since the published version, the actions.</summary>
public sealed record GetStaffServiceItemQuery(int Id) : IQuery<StaffServiceItem>;

public sealed class GetStaffServiceItemHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetStaffServiceItemQuery, StaffServiceItem>
{
    public async ValueTask<StaffServiceItem> Handle(GetStaffServiceItemQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ServiceItems.View, "没有查看办事指南的权限。");
        var item = await db.ServiceItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == query.Id, cancellationToken) ?? throw new NotFoundException();
        if (!currentUser.IsCountyWide() && !currentUser.OrganisationIds.Contains(item.OrganisationId))
        {
            throw new ForbiddenException("只能查看本单位的办事指南。");
        }

        var page = await ServiceItemPages.BuildAsync(db, item, item.Guide, cancellationToken);
        return new StaffServiceItem(
            page, item.Status, item.Version, item.ReviewComment, item.ChangeNote,
            item.HasUnpublishedChanges ? item.PendingChanges() : [], item.HasUnpublishedChanges, item.Allowed(currentUser.ToActor()),
            await ServiceCatalogueRows.ForStaffAsync(
                db, item, currentUser.Has(Permissions.ServiceItems.Draft) && currentUser.OrganisationId == item.OrganisationId, cancellationToken));
    }
}

internal static class ServiceItemPages
{
    public static async Task<ServiceItemPage> BuildAsync(IAppDbContext db, ServiceItem item, ServiceGuide guide, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == item.OrganisationId)
            .Select(o => new { o.Name, o.Slug }).FirstAsync(cancellationToken);
        var files = await db.ServiceItemFiles.AsNoTracking().Where(f => f.ServiceItemId == item.Id)
            .OrderBy(f => f.MaterialKey).ThenBy(f => f.Role).ThenBy(f => f.Id)
            .Select(f => new ServiceFileRow(f.Id, f.MaterialKey, f.Role, f.FileName, f.Kind, f.Size))
            .ToListAsync(cancellationToken);
        var keys = guide.Materials.Select(m => m.Key).ToHashSet();
        var versions = await db.ServiceItemVersions.AsNoTracking().Where(v => v.ServiceItemId == item.Id)
            .OrderByDescending(v => v.Number)
            .Select(v => new ServiceVersionRow(v.Number, v.PublishedAt, v.Changes, v.Note))
            .ToListAsync(cancellationToken);
        return new ServiceItemPage(
            item.Id, item.OrganisationId, organisation.Name, organisation.Slug, guide,
            [.. files.Where(f => keys.Contains(f.MaterialKey))], versions, item.PublishedVersion, item.PublishedAt);
    }
}
