using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZezhouDisclosure.Application;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;

namespace ZezhouDisclosure.Infrastructure;

/// <summary>
/// Registers the parts features contribute to public content changes by scanning assemblies, so a new feature adds
/// a class and edits no shared list: <see cref="IPublicContentSource"/> (entity → changes, singletons) and
/// <see cref="ISearchSource"/> (kind → search items, scoped). The output cache's tag rules are scanned in the Web
/// host the same way.
/// </summary>
public static class PublicContentRegistration
{
    /// <summary>The assemblies scanned by default: Application and Infrastructure.</summary>
    public static IReadOnlyList<Assembly> DefaultAssemblies { get; } =
        [typeof(ApplicationAssembly).Assembly, typeof(PublicContentRegistration).Assembly];

    public static IServiceCollection AddPublicContentSources(this IServiceCollection services, params Assembly[] assemblies) =>
        services.AddImplementationsOf<IPublicContentSource>(ServiceLifetime.Singleton, assemblies.Length == 0 ? [.. DefaultAssemblies] : assemblies);

    public static IServiceCollection AddSearchSources(this IServiceCollection services, params Assembly[] assemblies) =>
        services.AddImplementationsOf<ISearchSource>(ServiceLifetime.Scoped, assemblies.Length == 0 ? [.. DefaultAssemblies] : assemblies);

    /// <summary>
    /// Registers every public, concrete class of <paramref name="assemblies"/> that implements
    /// <typeparamref name="TService"/>, in a stable order (full name), once each.
    /// </summary>
    public static IServiceCollection AddImplementationsOf<TService>(
        this IServiceCollection services, ServiceLifetime lifetime, params Assembly[] assemblies)
    {
        var types = assemblies.Distinct().SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(TService).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in types)
        {
            services.TryAddEnumerable(ServiceDescriptor.Describe(typeof(TService), type, lifetime));
        }

        return services;
    }
}
