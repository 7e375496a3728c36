using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;

namespace ZezhouDisclosure.Infrastructure.Search;

/// <summary>
/// Updates the search index once a write that changed public records has committed: re-reads those records in a
/// fresh scope and updates or removes them (withdrawn, deleted, unpublished → removed). If it fails the write
/// still stands (the interceptor logs the failure); <c>rebuild-search-index</c> catches up.
/// </summary>
public sealed class SearchIndexListener(IServiceScopeFactory scopes) : IPublicContentListener
{
    public async ValueTask OnCommittedAsync(IReadOnlyCollection<PublicContentChange> changes, CancellationToken cancellationToken)
    {
        var relevant = changes.Where(c => c.Kind != PublicContentKind.CatalogueTemplate).ToList();
        if (relevant.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        // The change has committed: finish the update even if the request that made it is cancelled now.
        await scope.ServiceProvider.GetRequiredService<SearchIndexUpdater>().UpdateAsync(relevant, CancellationToken.None);
    }
}
