using System.Runtime.CompilerServices;
using ZezhouDisclosure.Application.Columns;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Search;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// Published documents and 解读 in the search index: a changed document is upserted, or removed when it is no longer
/// published; a renamed organisation or column re-indexes its documents (their facets carry the name).
/// </summary>
public sealed class DocumentSearchSource(SearchItems items) : ISearchSource
{
    public IReadOnlyCollection<PublicContentKind> Kinds { get; } =
        [PublicContentKind.Document, PublicContentKind.Organisation, PublicContentKind.Column];

    public async Task UpdateAsync(IReadOnlyCollection<PublicContentChange> changes, ISearchIndex index, CancellationToken cancellationToken)
    {
        var documentIds = Ids(changes, PublicContentKind.Document);
        documentIds.UnionWith(await items.DocumentIdsOfAsync(
            Ids(changes, PublicContentKind.Organisation), Ids(changes, PublicContentKind.Column), cancellationToken));
        foreach (var batch in documentIds.Chunk(SearchIndexUpdater.DefaultBatchSize))
        {
            var found = await items.DocumentsAsync(batch, cancellationToken);
            await index.UpsertAsync(found, cancellationToken);
            var gone = batch.Select(SearchItems.DocumentKey).Except(found.Select(f => f.Key)).ToList();
            await index.RemoveAsync(gone, cancellationToken);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchItem>> AllAsync(int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var afterId = 0;
        while (true)
        {
            var (batch, lastId) = await items.DocumentBatchAsync(afterId, batchSize, cancellationToken);
            if (lastId is not int last)
            {
                yield break;
            }

            yield return batch;
            afterId = last;
        }
    }

    private static HashSet<int> Ids(IEnumerable<PublicContentChange> changes, PublicContentKind kind) =>
        changes.Where(c => c.Kind == kind).Select(c => c.Id).ToHashSet();
}
