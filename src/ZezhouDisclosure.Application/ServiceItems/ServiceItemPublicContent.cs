using System.Runtime.CompilerServices;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>The public content kind of 政务服务事项, and what a saved item or file changes.</summary>
public static class ServiceItemPublicContent
{
    private static readonly PublicContentKind ServiceItemKind = new("service-item");

    extension(PublicContentKind)
    {
        /// <summary>A 政务服务事项 (its public page, print, files and the 在线办事 lists).</summary>
        public static PublicContentKind ServiceItem => ServiceItemKind;
    }
}

public sealed class ServiceItemContentSource : PublicContentSource
{
    public ServiceItemContentSource()
    {
        Map<ServiceItem>(item => [new(PublicContentKind.ServiceItem, item.Id, item.OrganisationId)]);
        Map<ServiceItemFile>(file => [new(PublicContentKind.ServiceItem, file.ServiceItemId, file.OrganisationId)]);
        // A link shows on the unit's published catalogue next to its row (the tag rule evicts the catalogue pages).
        Map<CatalogueServiceLink>(link => [new(PublicContentKind.ServiceItem, link.ServiceItemId, link.OrganisationId)]);
    }
}

/// <summary>Published 办事指南 in the site search: name, unit, conditions, materials and questions.</summary>
public sealed class ServiceItemSearchSource(IAppDbContext db) : ISearchSource
{
    public IReadOnlyCollection<PublicContentKind> Kinds { get; } = [PublicContentKind.ServiceItem];

    public static string Key(int id) => "service-item:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task UpdateAsync(IReadOnlyCollection<PublicContentChange> changes, ISearchIndex index, CancellationToken cancellationToken)
    {
        var ids = changes.Select(c => c.Id).Distinct().ToList();
        var items = await ItemsAsync(db.ServiceItems.Where(i => ids.Contains(i.Id)), cancellationToken);
        await index.RemoveAsync([.. ids.Where(id => items.All(i => i.Key != Key(id))).Select(Key)], cancellationToken);
        await index.UpsertAsync(items, cancellationToken);
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchItem>> AllAsync(int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var afterId = 0;
        while (true)
        {
            var batch = await ItemsAsync(db.ServiceItems.Where(i => i.Id > afterId).OrderBy(i => i.Id).Take(batchSize), cancellationToken);
            var last = await db.ServiceItems.AsNoTracking().Where(i => i.Id > afterId).OrderBy(i => i.Id).Take(batchSize)
                .Select(i => (int?)i.Id).MaxAsync(cancellationToken);
            if (last is null)
            {
                yield break;
            }

            afterId = last.Value;
            yield return batch;
        }
    }

    private async Task<IReadOnlyList<SearchItem>> ItemsAsync(IQueryable<ServiceItem> query, CancellationToken cancellationToken)
    {
        var rows = await (from i in query.AsNoTracking()
                          where i.PublishedGuideJson != null
                          join o in db.Organisations on i.OrganisationId equals o.Id
                          select new { i.Id, i.PublishedGuideJson, i.PublishedAt, OrganisationName = o.Name, OrganisationId = o.Id })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r =>
        {
            var guide = ServiceGuideJson.Read(r.PublishedGuideJson!);
            return new SearchItem(Key(r.Id), SearchKind.ServiceItem, guide.Name, $"/bs/sx/{r.Id}", r.PublishedAt ?? DateTime.UnixEpoch)
            {
                Summary = $"{ServiceLabels.Of(guide.Type)} · {ServiceLabels.Of(guide.OnlineLevel)} · 承诺时限{guide.PromisedDays}个工作日",
                Body = guide.Conditions,
                Keywords = string.Join(" ", guide.LifeEvents.Select(ServiceCategories.LifeEventLabel).Append(ServiceCategories.ThemeLabel(guide.Theme))),
                ExtraTexts = [.. guide.Materials.Select(m => m.Name), .. guide.Questions.Select(q => q.Question)],
                Organisation = r.OrganisationName,
            };
        })];
    }
}
