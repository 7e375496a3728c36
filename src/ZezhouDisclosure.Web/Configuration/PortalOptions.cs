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

    /// <summary>依申请公开 application form posts allowed per client address per minute (security.md SEC-IN-02).</summary>
    public int RequestFormPostsPerMinute { get; set; } = 10;

    /// <summary>
    /// 依申请公开 status queries and reply downloads allowed per client address per minute, counted apart from the form.
    /// Higher: the query code carries ~128 random bits, so guessing is hopeless and a few typos must not lock anyone out.
    /// </summary>
    public int RequestQueriesPerMinute { get; set; } = 60;

    /// <summary>
    /// Expensive public pages (站内搜索, a township's full 标准目录 and its workbook and comparison) rendered at the same time
    /// on this node; further requests wait in a queue of <see cref="HeavyPageQueue"/>. Bounds the memory a crowd can
    /// make the portal use (each catalogue page is megabytes while it is built). Default: 2 × the processor count.
    /// </summary>
    public int? HeavyPageConcurrency { get; set; }

    /// <summary>Requests for expensive pages that may wait for a turn; beyond that the portal answers 503 at once. Default 200.</summary>
    public int HeavyPageQueue { get; set; } = 200;

    /// <summary>
    /// Proxy addresses whose X-Forwarded-For / X-Forwarded-Proto headers are trusted (e.g. 10.0.0.5 for a load
    /// balancer). With neither this nor <see cref="KnownNetworks"/> set, only loopback is trusted (the shipped nginx).
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form (e.g. 10.0.0.0/24) trusted like <see cref="KnownProxies"/>.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
