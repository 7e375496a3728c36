using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Search;

/// <summary>
/// Keeps the search index in step with the database: after a committed change it hands each registered
/// <see cref="ISearchSource"/> the changes of the kinds it reacts to (kinds no source wants, such as a catalogue template,
/// are ignored); <see cref="RebuildAsync"/> re-reads every source in batches.
/// </summary>
public sealed class SearchIndexUpdater(IEnumerable<ISearchSource> sources, ISearchIndex index)
{
    public const int DefaultBatchSize = 500;

    public async Task UpdateAsync(IReadOnlyCollection<PublicContentChange> changes, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            var kinds = source.Kinds;
            var relevant = changes.Where(c => kinds.Contains(c.Kind)).ToList();
            if (relevant.Count > 0)
            {
                await source.UpdateAsync(relevant, index, cancellationToken);
            }
        }
    }

    /// <summary>Re-reads every item of every source; returns how many items were indexed.</summary>
    public async Task<int> RebuildAsync(int batchSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var count = 0;
        await using var rebuild = await index.BeginRebuildAsync(cancellationToken);
        foreach (var source in sources)
        {
            await foreach (var batch in source.AllAsync(batchSize, cancellationToken))
            {
                await rebuild.AddAsync(batch, cancellationToken);
                count += batch.Count;
            }
        }

        await rebuild.CompleteAsync(cancellationToken);
        return count;
    }
}
