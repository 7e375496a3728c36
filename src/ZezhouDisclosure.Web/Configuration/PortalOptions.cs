namespace ZezhouDisclosure.Web.Configuration;

/// <summary>The <c>Portal</c> configuration section (besides <see cref="SiteOptions"/>).</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>Seed demo accounts and documents. Default: on in Development, off elsewhere.</summary>
    public bool? DemoData { get; set; }

    /// <summary>Send cookies only over HTTPS (and use the __Host- prefix). Default: on outside Development and Testing.</summary>
    public bool? RequireHttps { get; set; }

    /// <summary>Sign-in attempts allowed per client address per minute (security.md SEC-AUTH-02).</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>依申请公开 form and status-page posts allowed per client address per minute (security.md SEC-IN-02).</summary>
    public int RequestFormPostsPerMinute { get; set; } = 10;

    /// <summary>Proxies whose X-Forwarded-For / X-Forwarded-Proto headers are trusted (e.g. 127.0.0.1 for nginx).</summary>
    public string[] KnownProxies { get; set; } = [];
}
