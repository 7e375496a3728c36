namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>What fetching an external link found.</summary>
public enum LinkProbeOutcome
{
    Ok = 0,

    /// <summary>The server answered 4xx/5xx.</summary>
    Broken = 1,

    /// <summary>No answer within the timeout.</summary>
    Timeout = 2,

    /// <summary>Redirects that come back to an address already visited, or too many of them.</summary>
    RedirectLoop = 3,

    /// <summary>The host could not be reached (DNS, refused, TLS).</summary>
    Unreachable = 4,

    /// <summary>Not fetched in this run (the per-run budget was spent); try again next run.</summary>
    Skipped = 5,
}

public sealed record LinkProbeResult(LinkProbeOutcome Outcome, int? StatusCode = null)
{
    public bool IsBroken => Outcome is LinkProbeOutcome.Broken or LinkProbeOutcome.Timeout or LinkProbeOutcome.RedirectLoop or LinkProbeOutcome.Unreachable;

    public string Describe() => Outcome switch
    {
        LinkProbeOutcome.Ok => "可访问",
        LinkProbeOutcome.Broken => $"返回 {StatusCode}",
        LinkProbeOutcome.Timeout => "访问超时",
        LinkProbeOutcome.RedirectLoop => "重定向循环",
        LinkProbeOutcome.Unreachable => "无法连接",
        _ => "未检查",
    };
}

/// <summary>
/// Fetches external links for the inspector: a short timeout, one request at a time with a pause between them, results
/// cached for hours; never throws (a failure is an outcome).
/// </summary>
public interface ILinkProbe
{
    Task<LinkProbeResult> ProbeAsync(Uri url, CancellationToken cancellationToken);
}
