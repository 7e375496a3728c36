using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Infrastructure.Oversight;

namespace ZezhouDisclosure.Infrastructure.Tests.Oversight;

/// <summary>
/// The link checker against a local HTTP server (never the internet): 200, 404, a redirect loop, a redirect that
/// arrives, a timeout and a closed port; results cached; the per-run budget.
/// </summary>
public sealed class HttpLinkProbeTests : IAsyncLifetime
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _serving;
    private int _hits;

    public string Base { get; } = $"http://127.0.0.1:{FreePort()}/";

    private static int FreePort()
    {
        var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public Task InitializeAsync()
    {
        _listener.Prefixes.Add(Base);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        if (_serving is not null)
        {
            await _serving;
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref _hits);
            _ = Task.Run(async () =>
            {
                var response = context.Response;
                try
                {
                    switch (context.Request.Url!.AbsolutePath)
                    {
                        case "/ok":
                            response.StatusCode = 200;
                            break;
                        case "/loop-a":
                            response.StatusCode = 302;
                            response.RedirectLocation = "/loop-b";
                            break;
                        case "/loop-b":
                            response.StatusCode = 302;
                            response.RedirectLocation = Base + "loop-a";
                            break;
                        case "/moved":
                            response.StatusCode = 301;
                            response.RedirectLocation = "/ok";
                            break;
                        case "/slow":
                            await Task.Delay(TimeSpan.FromSeconds(30), _stop.Token);
                            response.StatusCode = 200;
                            break;
                        default:
                            response.StatusCode = 404;
                            break;
                    }

                    response.Close();
                }
                catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException)
                {
                    // The test is over.
                }
            });
        }
    }

    // A timeout generous enough for a loaded CI machine; /slow answers far later still.
    private static readonly InspectorSettings Settings = new() { LinkTimeoutSeconds = 5, LinkDelayMilliseconds = 10, LinkMaxFetchesPerRun = 10 };

    private static HttpLinkProbe Probe(LinkProbeCache cache, TimeProvider? time = null, InspectorSettings? settings = null) =>
        new(cache, settings ?? Settings, time ?? new FakeTimeProvider(DateTimeOffset.UtcNow));

    [Theory]
    [InlineData("ok", LinkProbeOutcome.Ok, 200)]
    [InlineData("moved", LinkProbeOutcome.Ok, 200)]
    [InlineData("missing", LinkProbeOutcome.Broken, 404)]
    [InlineData("loop-a", LinkProbeOutcome.RedirectLoop, null)]
    [InlineData("slow", LinkProbeOutcome.Timeout, null)]
    public async Task Probe_LocalServer_TellsOutcome(string path, LinkProbeOutcome outcome, int? status)
    {
        using var cache = new LinkProbeCache(Settings);

        var result = await Probe(cache).ProbeAsync(new Uri(Base + path), CancellationToken.None);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(outcome != LinkProbeOutcome.Ok, result.IsBroken);
    }

    [Fact]
    public async Task Probe_ClosedPort_UnreachableNotThrown()
    {
        using var cache = new LinkProbeCache(Settings);

        var result = await Probe(cache).ProbeAsync(new Uri($"http://127.0.0.1:{FreePort()}/x"), CancellationToken.None);

        Assert.Equal(LinkProbeOutcome.Unreachable, result.Outcome);
        Assert.Equal("无法连接", result.Describe());
    }

    [Fact]
    public async Task Probe_SameLinkTwice_FetchedOnceFromCache()
    {
        using var cache = new LinkProbeCache(Settings);
        var probe = Probe(cache);

        await probe.ProbeAsync(new Uri(Base + "missing"), CancellationToken.None);
        var hits = _hits;
        var second = await Probe(cache).ProbeAsync(new Uri(Base + "missing"), CancellationToken.None);

        Assert.Equal(hits, _hits);
        Assert.Equal(LinkProbeOutcome.Broken, second.Outcome);
    }

    [Fact]
    public async Task Probe_CacheExpired_FetchesAgain()
    {
        using var cache = new LinkProbeCache(Settings);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await Probe(cache, time).ProbeAsync(new Uri(Base + "ok"), CancellationToken.None);
        var hits = _hits;
        time.Advance(TimeSpan.FromHours(Settings.LinkCacheHours + 1));

        await Probe(cache, time).ProbeAsync(new Uri(Base + "ok"), CancellationToken.None);

        Assert.Equal(hits + 1, _hits);
    }

    [Fact]
    public async Task Probe_BudgetSpent_SkipsNewLinksButKeepsKnownResults()
    {
        using var cache = new LinkProbeCache(Settings);
        var settings = new InspectorSettings { LinkTimeoutSeconds = 1, LinkDelayMilliseconds = 0, LinkMaxFetchesPerRun = 1, LinkCacheHours = 1 };
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await Probe(cache, time, settings).ProbeAsync(new Uri(Base + "missing"), CancellationToken.None);
        time.Advance(TimeSpan.FromHours(2)); // stale, but still the last known result
        var probe = Probe(cache, time, settings);
        await probe.ProbeAsync(new Uri(Base + "ok"), CancellationToken.None); // spends the budget

        var known = await probe.ProbeAsync(new Uri(Base + "missing"), CancellationToken.None);
        var unknown = await probe.ProbeAsync(new Uri(Base + "other"), CancellationToken.None);

        Assert.Equal(LinkProbeOutcome.Broken, known.Outcome);
        Assert.Equal(LinkProbeOutcome.Skipped, unknown.Outcome);
        Assert.False(unknown.IsBroken);
    }
}
