using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// Finds a controller's views inside its feature folder: a controller in namespace
/// <c>ZezhouDisclosure.Web.Features.{Feature}.Controllers</c> renders <c>/Features/{Feature}/Views/{Controller}/{Action}.cshtml</c>,
/// then the feature's <c>Views/Shared</c>, then the site-wide <c>/Views/Shared</c> (layouts and partials every feature uses).
/// Public and back-office (area Admin) controllers of one capability share the folder; the area only picks the layout
/// (<c>/Features/_ViewStart.cshtml</c>) and the URL.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";
    private const string Prefix = "ZezhouDisclosure.Web.Features.";

    public static readonly string[] Formats =
    [
        "/Features/{3}/Views/{1}/{0}.cshtml",
        "/Features/{3}/Views/Shared/{0}.cshtml",
        "/Views/Shared/{0}.cshtml",
    ];

    /// <summary>The feature a controller belongs to, from its namespace; null outside <c>Features</c>.</summary>
    public static string? FeatureOf(Type controllerType)
    {
        var ns = controllerType.Namespace;
        if (ns is null || !ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[Prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && FeatureOf(action.ControllerTypeInfo) is { } feature)
        {
            context.Values[FeatureKey] = feature;
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (!context.Values.TryGetValue(FeatureKey, out var feature) || feature is null)
        {
            return viewLocations.Where(l => !l.Contains("{3}", StringComparison.Ordinal));
        }

        return viewLocations.Select(l => l.Replace("{3}", feature, StringComparison.Ordinal));
    }
}
