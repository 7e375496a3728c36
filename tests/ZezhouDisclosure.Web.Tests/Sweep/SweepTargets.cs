using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace ZezhouDisclosure.Web.Tests.Sweep;

/// <summary>One route the sweep attacks: its method, path template and the names of the values it binds.</summary>
public sealed record SweepTarget(string Method, RoutePattern Pattern, string Display, IReadOnlyList<string> Fields)
{
    /// <summary>The path with every route parameter filled by <paramref name="value"/> (already encoded) or a plausible value.</summary>
    public string? Path(Func<RoutePatternParameterPart, string?> value)
    {
        var segments = new List<string>();
        foreach (var segment in Pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text += literal.Content;
                        break;
                    case RoutePatternSeparatorPart separator:
                        text += separator.Content;
                        break;
                    case RoutePatternParameterPart parameter:
                        if (Pattern.RequiredValues.TryGetValue(parameter.Name, out var required) && required is string r && r.Length > 0)
                        {
                            text += r.ToLowerInvariant();
                        }
                        else if (value(parameter) is { } filled)
                        {
                            text += filled;
                        }
                        else if (!parameter.IsOptional && parameter.Default is null)
                        {
                            return null;
                        }

                        break;
                }
            }

            if (text.Length > 0)
            {
                segments.Add(text);
            }
        }

        return "/" + string.Join('/', segments);
    }

    public bool HasRouteParameters => Pattern.Parameters.Any(p => !Pattern.RequiredValues.ContainsKey(p.Name));

    public override string ToString() => Display;
}

/// <summary>Every controller action of the portal, read from its endpoint data source, with the values it binds.</summary>
public static class SweepTargets
{
    public static IReadOnlyList<SweepTarget> From(EndpointDataSource endpoints)
    {
        var targets = new List<SweepTarget>();
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            if (action is null)
            {
                continue;
            }

            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var fields = new List<string>();
            foreach (var parameter in action.Parameters)
            {
                var source = parameter.BindingInfo?.BindingSource;
                if (source == BindingSource.Services || source == BindingSource.Header || source == BindingSource.Body
                    || source == BindingSource.Special || source == BindingSource.FormFile || routeNames.Contains(parameter.Name))
                {
                    continue;
                }

                Collect(parameter.ParameterType, parameter.BindingInfo?.BinderModelName ?? parameter.Name, fields, depth: 0);
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? m : ["GET"];
            foreach (var method in methods)
            {
                targets.Add(new SweepTarget(method, endpoint.RoutePattern, $"{method} {endpoint.RoutePattern.RawText} ({action.DisplayName})",
                    [.. fields.Distinct(StringComparer.OrdinalIgnoreCase)]));
            }
        }

        return targets;
    }

    private static void Collect(Type type, string name, List<string> fields, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(CancellationToken) || typeof(IFormFile).IsAssignableFrom(underlying) || typeof(IFormFileCollection).IsAssignableFrom(underlying)
            || typeof(IEnumerable<IFormFile>).IsAssignableFrom(underlying))
        {
            return;
        }

        if (IsSimple(underlying) || (underlying != typeof(string) && ElementType(underlying) is { } element && IsSimple(element)))
        {
            fields.Add(name);
            return;
        }

        if (depth > 1 || underlying.IsAbstract || underlying.IsInterface)
        {
            return;
        }

        foreach (var property in underlying.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            {
                // MVC binds a top-level model without its prefix when no key carries it.
                Collect(property.PropertyType, depth == 0 ? property.Name : name + "." + property.Name, fields, depth + 1);
            }
        }
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime)
            || t == typeof(DateTimeOffset) || t == typeof(TimeOnly) || t == typeof(TimeSpan) || t == typeof(Guid);
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
