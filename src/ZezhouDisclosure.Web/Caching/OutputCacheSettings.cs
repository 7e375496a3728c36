namespace ZezhouDisclosure.Web.Caching;

/// <summary>The <c>Portal:OutputCache</c> configuration section.</summary>
public sealed class OutputCacheSettings
{
    public const string SectionName = "Portal:OutputCache";

    /// <summary>Serve anonymous public pages from the output cache. Default: on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a cached page lives at most. Pages are evicted as soon as what they show changes, so this only bounds
    /// what a missed eviction (a write on another node racing a render) can leave behind.
    /// </summary>
    public int DurationSeconds { get; set; } = 600;

    /// <summary>
    /// A StackExchange.Redis connection string. When set, cached pages and their tags live in Redis so several web nodes
    /// share them and an eviction on one node clears every node's copy. When empty, each node keeps its own in memory.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>The Redis key prefix, so several portals may share one Redis.</summary>
    public string RedisInstanceName { get; set; } = "zezhou-portal:";

    /// <summary>
    /// Memory store size limit in megabytes (least recently used pages are dropped beyond it). 32 MB holds about 3 000
    /// document pages or every list page; a crawler walking every document otherwise fills the store with pages no one
    /// asks for again, and each megabyte is live heap (docs/performance.md, issue 19 second round; was 100).
    /// </summary>
    public int MemorySizeLimitMegabytes { get; set; } = 32;

    /// <summary>
    /// Store a page only from its second anonymous request, so pages asked for once (a crawler's, a one-off query) never
    /// enter the store (<see cref="CacheAdmission"/>). Default: on. Off stores every cacheable page at its first request.
    /// </summary>
    public bool AdmitOnSecondRequest { get; set; } = true;
}
