using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;

namespace ZezhouDisclosure.Infrastructure.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The embedded Lucene index (one per process), its change listener, the updater and the search sources.</summary>
    public static IServiceCollection AddSearchIndex(this IServiceCollection services, IConfiguration configuration, string contentRoot, string dataDirectory)
    {
        var options = configuration.GetSection(SearchIndexOptions.SectionName).Get<SearchIndexOptions>() ?? new SearchIndexOptions();
        if (options.RebuildBatchSize is < 1 or > 10_000)
        {
            throw new InvalidOperationException($"{SearchIndexOptions.SectionName}:RebuildBatchSize must be between 1 and 10000.");
        }

        options.IndexPath = string.IsNullOrWhiteSpace(options.IndexPath)
            ? Path.Combine(dataDirectory, "search-index")
            : Path.GetFullPath(Path.Combine(contentRoot, options.IndexPath));
        services.AddSingleton(options);
        services.AddSingleton(sp => new LuceneSearchIndex(options.IndexPath, SynonymList.Embedded));
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        services.AddSingleton<IPublicContentListener, SearchIndexListener>();
        services.AddScoped<SearchItems>();
        services.AddScoped<SearchIndexUpdater>();
        services.AddSearchSources();
        return services;
    }
}
