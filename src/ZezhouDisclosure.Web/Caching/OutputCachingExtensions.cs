using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Infrastructure;

namespace ZezhouDisclosure.Web.Caching;

public static class OutputCachingExtensions
{
    /// <summary>
    /// The output cache for anonymous public pages: in memory, or in Redis when <c>Portal:OutputCache:Redis</c> is set,
    /// and its invalidation by the committed-change listener, with the <see cref="IOutputCacheTagRule"/>s of the Web
    /// assembly (found by scanning, so a feature adds its rule without editing this file).
    /// </summary>
    public static IServiceCollection AddPublicOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(OutputCacheSettings.SectionName);
        var settings = section.Get<OutputCacheSettings>() ?? new OutputCacheSettings();
        services.Configure<OutputCacheSettings>(section);
        services.AddSingleton<CacheGeneration>();
        services.AddSingleton<CacheAdmission>();
        services.AddSingleton<PublicPagePolicy>();
        services.AddOutputCache(options =>
        {
            options.SizeLimit = settings.MemorySizeLimitMegabytes * 1024L * 1024L;
            options.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(settings.DurationSeconds);
        });
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<PublicPagePolicy>((options, policy) => options.AddPolicy(PublicPageCache.Policy, policy));
        if (!string.IsNullOrWhiteSpace(settings.Redis))
        {
            services.AddStackExchangeRedisOutputCache(options =>
            {
                options.Configuration = settings.Redis;
                options.InstanceName = settings.RedisInstanceName;
            });
        }

        services.AddImplementationsOf<IOutputCacheTagRule>(ServiceLifetime.Singleton, typeof(OutputCacheInvalidator).Assembly);
        services.AddSingleton<IPublicContentListener, OutputCacheInvalidator>();
        return services;
    }
}
