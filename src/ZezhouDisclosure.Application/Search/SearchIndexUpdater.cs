using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Search;

/// <summary>
/// Keeps the search index in step with the database: after a committed change it re-reads the records concerned
/// and updates or removes them; <see cref="RebuildAsync"/> re-reads everything in batches.
/// </summary>
public sealed class SearchIndexUpdater(SearchItems items, ISearchIndex index)
{
    public const int DefaultBatchSize = 500;

    public async Task UpdateAsync(IReadOnlyCollection<PublicContentChange> changes, CancellationToken cancellationToken)
    {
        var documentIds = Ids(changes, PublicContentKind.Document);
        var townshipIds = Ids(changes, PublicContentKind.Catalogue);
        var organisationIds = Ids(changes, PublicContentKind.Organisation);
        var columnIds = Ids(changes, PublicContentKind.Column);

        // A renamed organisation or column changes the facets of all its documents (and of a township's catalogue).
        documentIds.UnionWith(await items.DocumentIdsOfAsync(organisationIds, columnIds, cancellationToken));
        townshipIds.UnionWith(organisationIds);

        if (documentIds.Count > 0)
        {
            foreach (var batch in documentIds.Chunk(DefaultBatchSize))
            {
                var found = await items.DocumentsAsync(batch, cancellationToken);
                await index.UpsertAsync(found, cancellationToken);
                var gone = batch.Select(SearchItems.DocumentKey).Except(found.Select(f => f.Key)).ToList();
                await index.RemoveAsync(gone, cancellationToken);
            }
        }

        foreach (var townshipId in townshipIds)
        {
            var rows = await items.CatalogueAsync(townshipId, cancellationToken);
            await index.ReplaceGroupAsync(SearchItems.CatalogueGroup(townshipId), rows, cancellationToken);
        }
    }

    /// <summary>Re-reads every published document and catalogue row; returns how many items were indexed.</summary>
    public async Task<int> RebuildAsync(int batchSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var count = 0;
        await using var rebuild = await index.BeginRebuildAsync(cancellationToken);
        var afterId = 0;
        while (true)
        {
            var (batch, lastId) = await items.DocumentBatchAsync(afterId, batchSize, cancellationToken);
            if (lastId is not int last)
            {
                break;
            }

            await rebuild.AddAsync(batch, cancellationToken);
            count += batch.Count;
            afterId = last;
        }

        foreach (var townshipId in await items.CatalogueTownshipIdsAsync(cancellationToken))
        {
            var rows = await items.CatalogueAsync(townshipId, cancellationToken);
            await rebuild.AddAsync(rows, cancellationToken);
            count += rows.Count;
        }

        await rebuild.CompleteAsync(cancellationToken);
        return count;
    }

    private static HashSet<int> Ids(IEnumerable<PublicContentChange> changes, PublicContentKind kind) =>
        changes.Where(c => c.Kind == kind).Select(c => c.Id).ToHashSet();
}
