namespace ZezhouDisclosure.Web.Features.Api;

/// <summary>The <c>Portal:Api</c> configuration section of the read API under /api/v1.</summary>
public sealed class ApiSettings
{
    public const string SectionName = "Portal:Api";

    /// <summary>Requests a client address may make per minute (then 429 with Retry-After). Counted per node.</summary>
    public int RequestsPerMinute { get; set; } = 120;

    /// <summary>Origins allowed to call the API from a browser (CORS). Empty (the default): no CORS headers at all.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
