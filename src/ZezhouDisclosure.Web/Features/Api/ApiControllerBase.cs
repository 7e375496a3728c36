using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Primitives;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.Api;

/// <summary>
/// The read API's common behaviour: JSON in camelCase with enums as strings, a strong ETag on every 200 answered with
/// 304 to a matching If-None-Match, the per-address rate limit, CORS only for configured origins, output caching like
/// public pages, and problem+json errors.
/// </summary>
[ApiController]
[ApiProblems]
[EnableRateLimiting(ApiExtensions.RateLimitPolicy)]
[EnableCors(ApiExtensions.CorsPolicy)]
[OutputCache(PolicyName = PublicPageCache.Policy)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, ApiProblems.ContentType)]
public abstract class ApiControllerBase : ControllerBase
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The absolute root of this site, without a trailing slash.</summary>
    protected string BaseUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    /// <summary>200 with the JSON body and its strong ETag, or 304 when the client already holds that body.</summary>
    protected IActionResult Tagged<T>(T value)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, Json);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
        Response.Headers.ETag = etag;
        Response.Headers.CacheControl = "public, max-age=60";
        if (Matches(Request.Headers.IfNoneMatch, etag))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        return File(body, "application/json; charset=utf-8");
    }

    /// <summary>Links of a paged list: this page, the first, previous, next and last (absent where there is none).</summary>
    protected ApiPageLinks PageLinks(int page, int pageSize, int total)
    {
        var last = Math.Max(1, (total + pageSize - 1) / pageSize);
        string Link(int number)
        {
            var query = Request.Query
                .Where(pair => !pair.Key.Equals("page", StringComparison.OrdinalIgnoreCase))
                .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
                .Append(new KeyValuePair<string, string?>("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return BaseUrl + Request.Path + QueryString.Create(query);
        }

        return new ApiPageLinks(
            Link(page), Link(1), page > 1 ? Link(Math.Min(page - 1, last)) : null, page < last ? Link(page + 1) : null, Link(last));
    }

    private static bool Matches(StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.SelectMany(value => (value ?? "").Split(','))
            .Select(tag => tag.Trim())
            .Any(tag => tag == "*" || tag == etag);
}
