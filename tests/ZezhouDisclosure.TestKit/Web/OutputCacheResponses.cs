namespace ZezhouDisclosure.TestKit.Web;

/// <summary>Telling an output-cache hit from a rendered page in functional tests.</summary>
public static class OutputCacheResponses
{
    /// <summary>Whether the output cache answered: a cached response carries an <c>Age</c> header.</summary>
    public static bool FromCache(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.Age is not null;
    }
}
