using System.Collections.Concurrent;
using System.Net;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Oversight;

namespace ZezhouDisclosure.Infrastructure.Oversight;

/// <summary>
/// The results of external link fetches, shared by every run of the node (a singleton): fresh for
/// <see cref="InspectorSettings.LinkCacheHours"/>, and the last known result kept beyond that for a run whose fetch
/// budget is spent. Holds the one <see cref="HttpClient"/> (redirects followed by hand, so loops are seen).
/// </summary>
public sealed class LinkProbeCache : IDisposable
{
    private readonly ConcurrentDictionary<string, (LinkProbeResult Result, DateTimeOffset At)> _results = new(StringComparer.Ordinal);

    public LinkProbeCache(InspectorSettings settings)
    {
        Client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(settings.LinkTimeoutSeconds),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        // Header values must be ASCII (a Chinese comment here made every fetch fail as unreachable).
        Client.DefaultRequestHeaders.UserAgent.ParseAdd("ZezhouDisclosure-LinkCheck/1.0");
    }

    internal HttpClient Client { get; }

    /// <summary>Serialises fetches across runs of the node (one at a time: a polite rate).</summary>
    internal SemaphoreSlim Gate { get; } = new(1, 1);

    internal DateTimeOffset LastFetch { get; set; } = DateTimeOffset.MinValue;

    internal bool TryGet(string key, out (LinkProbeResult Result, DateTimeOffset At) entry) => _results.TryGetValue(key, out entry);

    internal void Set(string key, LinkProbeResult result, DateTimeOffset at) => _results[key] = (result, at);

    public void Dispose()
    {
        Client.Dispose();
        Gate.Dispose();
    }
}

/// <summary>
/// Fetches external links for one inspection run (scoped): GET with headers only, a short timeout, at most
/// <see cref="InspectorSettings.LinkMaxFetchesPerRun"/> fetches with <see cref="InspectorSettings.LinkDelayMilliseconds"/>
/// between them, up to 5 redirects (a loop or more is <see cref="LinkProbeOutcome.RedirectLoop"/>). Never throws for the
/// remote side's failure. Timeouts and pauses use the machine's clock (a fetch takes real time whatever the test clock).
/// </summary>
public sealed class HttpLinkProbe(LinkProbeCache cache, InspectorSettings settings, TimeProvider time) : ILinkProbe
{
    private const int MaxRedirects = 5;
    private int _fetches;

    public async Task<LinkProbeResult> ProbeAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = url.AbsoluteUri;
        var hasCached = cache.TryGet(key, out var cached);
        if (hasCached && time.GetUtcNow() - cached.At < TimeSpan.FromHours(settings.LinkCacheHours))
        {
            return cached.Result;
        }

        if (_fetches >= settings.LinkMaxFetchesPerRun)
        {
            return hasCached ? cached.Result : new LinkProbeResult(LinkProbeOutcome.Skipped);
        }

        _fetches++;
        await cache.Gate.WaitAsync(cancellationToken);
        try
        {
            var wait = cache.LastFetch + TimeSpan.FromMilliseconds(settings.LinkDelayMilliseconds) - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var result = await FetchAsync(url, cancellationToken);
            cache.LastFetch = DateTimeOffset.UtcNow;
            cache.Set(key, result, time.GetUtcNow());
            return result;
        }
        finally
        {
            cache.Gate.Release();
        }
    }

    private async Task<LinkProbeResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = url;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            if (!visited.Add(current.AbsoluteUri))
            {
                return new LinkProbeResult(LinkProbeOutcome.RedirectLoop);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(settings.LinkTimeoutSeconds));
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await cache.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                return status >= 400 ? new LinkProbeResult(LinkProbeOutcome.Broken, status) : new LinkProbeResult(LinkProbeOutcome.Ok, status);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new LinkProbeResult(LinkProbeOutcome.Timeout);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException or WebException)
            {
                return new LinkProbeResult(LinkProbeOutcome.Unreachable);
            }
        }

        return new LinkProbeResult(LinkProbeOutcome.RedirectLoop);
    }
}
