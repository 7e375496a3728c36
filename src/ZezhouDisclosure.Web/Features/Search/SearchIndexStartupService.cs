using System.Diagnostics;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;
using ZezhouDisclosure.Infrastructure.Search;

namespace ZezhouDisclosure.Web.Features.Search;

/// <summary>
/// Builds the search index in the background at start-up when it is missing or empty (a new node, a deleted
/// folder), so the portal serves pages at once and search fills up within moments. Changes made meanwhile are
/// applied by the listener and are not overwritten by the build.
/// </summary>
public sealed class SearchIndexStartupService(
    IServiceScopeFactory scopes, ISearchIndex index, SearchIndexOptions options, ILogger<SearchIndexStartupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.BuildWhenEmpty)
        {
            return;
        }

        try
        {
            await Task.Yield();
            if (await index.CountAsync(stoppingToken) > 0)
            {
                return;
            }

            var clock = Stopwatch.StartNew();
            var count = await RebuildAsync(scopes, options, stoppingToken);
            logger.LogInformation("Search index built at start-up: {Count} items in {Elapsed} ms", count, clock.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Building the search index at start-up failed; run rebuild-search-index");
        }
    }

    /// <summary>Re-reads the whole database into the index in batches; returns how many items it holds.</summary>
    public static async Task<int> RebuildAsync(IServiceScopeFactory scopes, SearchIndexOptions options, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SearchIndexUpdater>().RebuildAsync(options.RebuildBatchSize, cancellationToken);
    }
}
