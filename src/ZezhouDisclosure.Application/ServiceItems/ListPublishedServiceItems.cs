using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>
/// The public 在线办事 list: published items, filtered by unit (slug), 人生事件 or 主题, and by words in the name.
/// </summary>
public sealed record ListPublishedServiceItemsQuery(string? OrganisationSlug = null, string? LifeEvent = null, string? Theme = null, string? Words = null)
    : IQuery<IReadOnlyList<PublicServiceItemRow>>;

/// <summary>A published item in a public list.</summary>
public sealed record PublicServiceItemRow(int Id, string Name, string OrganisationName, string OrganisationSlug, string? Tags);

public sealed class ListPublishedServiceItemsHandler(IAppDbContext db)
    : IQueryHandler<ListPublishedServiceItemsQuery, IReadOnlyList<PublicServiceItemRow>>
{
    public async ValueTask<IReadOnlyList<PublicServiceItemRow>> Handle(ListPublishedServiceItemsQuery query, CancellationToken cancellationToken)
    {
        var items = db.ServiceItems.AsNoTracking().Where(i => i.PublishedGuideJson != null);
        if (!string.IsNullOrWhiteSpace(query.LifeEvent))
        {
            var tag = ServiceItem.LifeEventTag(query.LifeEvent.Trim());
            items = items.Where(i => i.PublishedTags!.Contains(tag));
        }

        if (!string.IsNullOrWhiteSpace(query.Theme))
        {
            var tag = ServiceItem.ThemeTag(query.Theme.Trim());
            items = items.Where(i => i.PublishedTags!.Contains(tag));
        }

        if (!string.IsNullOrWhiteSpace(query.Words))
        {
            var words = query.Words.Trim();
            items = items.Where(i => i.PublishedName!.Contains(words));
        }

        var rows = from i in items
                   join o in db.Organisations on i.OrganisationId equals o.Id
                   select new { i.Id, Name = i.PublishedName!, OrganisationName = o.Name, o.Slug, o.SortOrder, i.PublishedTags };
        if (!string.IsNullOrWhiteSpace(query.OrganisationSlug))
        {
            var slug = query.OrganisationSlug.Trim();
            rows = rows.Where(r => r.Slug == slug);
        }

        return await rows.OrderBy(r => r.SortOrder).ThenBy(r => r.Name)
            .Select(r => new PublicServiceItemRow(r.Id, r.Name, r.OrganisationName, r.Slug, r.PublishedTags))
            .ToListAsync(cancellationToken);
    }
}
