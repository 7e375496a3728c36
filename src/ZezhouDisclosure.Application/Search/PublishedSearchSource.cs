using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Search;

/// <summary>
/// A search source whose items are the published rows of one entity, one item per row keyed <c>prefix + id</c>: a
/// change re-reads the changed rows and upserts the published ones and removes the rest (unpublished, withdrawn,
/// superseded or deleted); a rebuild pages through the published rows by id. A subclass says which rows are published
/// and how a batch of them becomes search items.
/// </summary>
public abstract class PublishedSearchSource<TEntity>(string keyPrefix) : ISearchSource
    where TEntity : Entity
{
    public abstract IReadOnlyCollection<PublicContentKind> Kinds { get; }

    /// <summary>Every row of the entity (the data set the source reads).</summary>
    protected abstract IQueryable<TEntity> Rows { get; }

    /// <summary>Which rows are public, as a query condition.</summary>
    protected abstract Expression<Func<TEntity, bool>> IsPublished { get; }

    public string KeyOf(int id) => keyPrefix + id.ToString(CultureInfo.InvariantCulture);

    public async Task UpdateAsync(IReadOnlyCollection<PublicContentChange> changes, ISearchIndex index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(index);
        var ids = changes.Select(c => c.Id).Distinct().ToList();
        var items = await ReadAsync(Rows.AsNoTracking().Where(IsPublished).Where(e => ids.Contains(e.Id)), cancellationToken);
        var found = items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var gone = ids.Select(KeyOf).Where(k => !found.Contains(k)).ToList();
        if (items.Count > 0)
        {
            await index.UpsertAsync(items, cancellationToken);
        }

        if (gone.Count > 0)
        {
            await index.RemoveAsync(gone, cancellationToken);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchItem>> AllAsync(int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lastId = 0;
        while (true)
        {
            var from = lastId;
            var ids = await Rows.AsNoTracking().Where(IsPublished).Where(e => e.Id > from).OrderBy(e => e.Id)
                .Take(Math.Max(1, batchSize)).Select(e => e.Id).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                yield break;
            }

            lastId = ids[^1];
            yield return await ReadAsync(Rows.AsNoTracking().Where(IsPublished).Where(e => ids.Contains(e.Id)), cancellationToken);
        }
    }

    /// <summary>The search items of <paramref name="published"/> (already filtered to published rows, not tracked).</summary>
    protected abstract Task<IReadOnlyList<SearchItem>> ReadAsync(IQueryable<TEntity> published, CancellationToken cancellationToken);
}
