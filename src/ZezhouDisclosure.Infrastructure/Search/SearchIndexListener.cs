using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;

namespace ZezhouDisclosure.Infrastructure.Search;

/// <summary>
/// Updates the search index once a write that changed public records has committed: in a fresh scope, the
/// <see cref="SearchIndexUpdater"/> hands each registered <see cref="ISearchSource"/> the changes of its kinds, and
/// the source re-reads those records and updates or removes them (withdrawn, deleted, unpublished → removed). If it
/// fails the write still stands (the interceptor logs the failure); <c>rebuild-search-index</c> catches up.
/// </summary>
public sealed class SearchIndexListener(IServiceScopeFactory scopes) : IPublicContentListener
{
    public async ValueTask OnCommittedAsync(IReadOnlyCollection<PublicContentChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        // The change has committed: finish the update even if the request that made it is cancelled now.
        await scope.ServiceProvider.GetRequiredService<SearchIndexUpdater>().UpdateAsync(changes, CancellationToken.None);
    }
}
