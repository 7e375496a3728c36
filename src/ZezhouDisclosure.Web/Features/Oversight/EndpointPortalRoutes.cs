using Microsoft.AspNetCore.Routing.Template;
using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Web.Features.Oversight;

/// <summary>
/// The portal's own GET routes (attribute routes of every controller), matched by template for the link checker.
/// Route constraints are not evaluated: a path that fits a template is taken as reachable; data behind it (documents,
/// columns, organisations) is checked by the link checker itself.
/// </summary>
public sealed class EndpointPortalRoutes(EndpointDataSource endpoints) : IPortalRoutes
{
    private List<TemplateMatcher>? _matchers;

    public bool Matches(string path)
    {
        var matchers = _matchers ??= [.. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
            .Select(e => new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults)))];
        var values = new RouteValueDictionary();
        foreach (var matcher in matchers)
        {
            values.Clear();
            if (matcher.TryMatch(new PathString(path), values))
            {
                return true;
            }
        }

        return false;
    }
}
