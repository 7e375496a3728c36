using System.Reflection;
using System.Security.Claims;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Web.Mvc.Authorization;
using ZezhouDisclosure.Web.Mvc.Navigation;

namespace ZezhouDisclosure.Web.Features;

/// <summary>
/// A capability of the portal (one folder under <c>Features/</c>). Its <see cref="Register"/> contributes everything
/// the shared host needs from it: services, back-office menu entries with their permissions, public navigation links
/// and conditions on its permissions. Implementations are found by assembly scan, so adding a capability edits no
/// shared switch, layout or navigation (docs/architecture.md, "Adding a capability").
/// </summary>
public interface IFeature
{
    void Register(FeatureBuilder feature);
}

/// <summary>What a feature may contribute to the host.</summary>
public sealed class FeatureBuilder(IServiceCollection services, IConfiguration configuration)
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;

    /// <summary>A back-office navigation link, visible to users holding <paramref name="permission"/>.</summary>
    public FeatureBuilder AdminMenu(string text, string controller, string action, string permission, int order)
    {
        Services.AddSingleton(new AdminMenuItem(text, controller, action, permission, order));
        return this;
    }

    /// <summary>A link in the public site's main navigation.</summary>
    public FeatureBuilder PublicNav(string text, string url, int order)
    {
        Services.AddSingleton(new PublicNavItem(text, url, order));
        return this;
    }

    /// <summary>A block on the 工作台 (built per request for the signed-in user; see <see cref="IWorkbenchPanelSource"/>).</summary>
    public FeatureBuilder WorkbenchPanel<TSource>()
        where TSource : class, IWorkbenchPanelSource
    {
        Services.AddScoped<IWorkbenchPanelSource, TSource>();
        return this;
    }

    /// <summary>A rule of the built-in inspector (监测) over this feature's data (see <see cref="IComplianceCheck"/>).</summary>
    public FeatureBuilder ComplianceCheck<TCheck>()
        where TCheck : class, IComplianceCheck
    {
        Services.AddScoped<IComplianceCheck, TCheck>();
        return this;
    }

    /// <summary>This feature's open work that moves to the successor when a unit is merged (see <see cref="IMergeHandOver"/>).</summary>
    public FeatureBuilder MergeHandOver<THandOver>()
        where THandOver : class, IMergeHandOver
    {
        Services.AddScoped<IMergeHandOver, THandOver>();
        return this;
    }

    /// <summary>This feature's figures in the 月度自查报告 (see <see cref="ISelfCheckFigureSource"/>).</summary>
    public FeatureBuilder SelfCheckFigures<TSource>()
        where TSource : class, ISelfCheckFigureSource
    {
        Services.AddScoped<ISelfCheckFigureSource, TSource>();
        return this;
    }

    /// <summary>A further condition on one of the feature's permissions, checked by its policy everywhere.</summary>
    public FeatureBuilder Condition(string permission, Func<ClaimsPrincipal, bool> isMet)
    {
        Services.AddSingleton(new PermissionCondition(permission, isMet));
        return this;
    }
}

public static class FeatureRegistration
{
    /// <summary>Registers every <see cref="IFeature"/> of the assembly (in name order, so registration is stable).</summary>
    public static IServiceCollection AddFeatures(this IServiceCollection services, IConfiguration configuration, Assembly assembly)
    {
        var features = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFeature).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in features)
        {
            services.AddFeature((IFeature)Activator.CreateInstance(type)!, configuration);
        }

        return services;
    }

    /// <summary>Registers one feature (also how a test host adds a fake one).</summary>
    public static IServiceCollection AddFeature(this IServiceCollection services, IFeature feature, IConfiguration? configuration = null)
    {
        feature.Register(new FeatureBuilder(services, configuration ?? new ConfigurationBuilder().Build()));
        return services;
    }
}
