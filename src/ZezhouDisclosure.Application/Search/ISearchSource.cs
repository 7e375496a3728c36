using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Search;

/// <summary>
/// One kind of searchable record (documents, catalogue rows, …): a feature contributes one, and
/// <see cref="SearchIndexUpdater"/> calls it for the changes of the kinds it reacts to and for a rebuild, so a new
/// feature is searchable without editing the updater. Implementations in the Application and Infrastructure assemblies
/// are registered (scoped) by scanning. Every write must be idempotent by <see cref="SearchItem.Key"/>.
/// </summary>
public interface ISearchSource
{
    /// <summary>
    /// The kinds whose changes concern this source: its own, and any whose change alters its items (a renamed
    /// organisation alters the organisation facet of its documents).
    /// </summary>
    IReadOnlyCollection<PublicContentKind> Kinds { get; }

    /// <summary>Re-reads what <paramref name="changes"/> (all of <see cref="Kinds"/>) touch and upserts or removes it.</summary>
    Task UpdateAsync(IReadOnlyCollection<PublicContentChange> changes, ISearchIndex index, CancellationToken cancellationToken);

    /// <summary>Every item of this source, in batches of about <paramref name="batchSize"/>, for a full rebuild.</summary>
    IAsyncEnumerable<IReadOnlyList<SearchItem>> AllAsync(int batchSize, CancellationToken cancellationToken);
}
