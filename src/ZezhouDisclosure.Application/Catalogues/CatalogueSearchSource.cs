using System.Runtime.CompilerServices;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Search;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// The involved rows of each township's current published catalogue version in the search index, replaced as a group
/// when the catalogue changes or the township is renamed (a catalogue's id is the township's organisation id).
/// </summary>
public sealed class CatalogueSearchSource(SearchItems items) : ISearchSource
{
    public IReadOnlyCollection<PublicContentKind> Kinds { get; } = [PublicContentKind.Catalogue, PublicContentKind.Organisation];

    public async Task UpdateAsync(IReadOnlyCollection<PublicContentChange> changes, ISearchIndex index, CancellationToken cancellationToken)
    {
        foreach (var townshipId in changes.Select(c => c.Id).Distinct())
        {
            var rows = await items.CatalogueAsync(townshipId, cancellationToken);
            await index.ReplaceGroupAsync(SearchItems.CatalogueGroup(townshipId), rows, cancellationToken);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchItem>> AllAsync(int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var townshipId in await items.CatalogueTownshipIdsAsync(cancellationToken))
        {
            yield return await items.CatalogueAsync(townshipId, cancellationToken);
        }
    }
}
