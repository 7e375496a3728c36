using Microsoft.Extensions.Time.Testing;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Infrastructure.Caching;

namespace ZezhouDisclosure.Infrastructure.Tests.Caching;

public class PublicReadCacheTests
{
    private static readonly PublicContentChange Published = new(PublicContentKind.Document, 7, 3);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));

    private PublicReadCache Cache(int seconds = 60) => new(_time, new PublicReadCacheOptions { Lifetime = TimeSpan.FromSeconds(seconds) });

    [Fact]
    public async Task GetOrCreate_SecondRead_DoesNotCountAgain()
    {
        var cache = Cache();
        var counts = 0;

        await cache.GetOrCreateAsync("total", _ => Task.FromResult(++counts), CancellationToken.None);
        var second = await cache.GetOrCreateAsync("total", _ => Task.FromResult(++counts), CancellationToken.None);

        Assert.Equal(1, second);
        Assert.Equal(1, counts);
    }

    [Fact]
    public async Task GetOrCreate_AfterCommittedChange_CountsAgain()
    {
        var cache = Cache();
        var total = 10;
        await cache.GetOrCreateAsync("total", _ => Task.FromResult(total), CancellationToken.None);

        total = 11;
        await cache.OnCommittedAsync([Published], CancellationToken.None);
        var after = await cache.GetOrCreateAsync("total", _ => Task.FromResult(total), CancellationToken.None);

        Assert.Equal(11, after);
    }

    [Fact]
    public async Task GetOrCreate_ChangeCommittedWhileCounting_ReturnsButDoesNotKeepTheCount()
    {
        var cache = Cache();
        var stale = await cache.GetOrCreateAsync("total", async ct =>
        {
            await cache.OnCommittedAsync([Published], ct);
            return 10;
        }, CancellationToken.None);

        var next = await cache.GetOrCreateAsync("total", _ => Task.FromResult(11), CancellationToken.None);

        Assert.Equal(10, stale);
        Assert.Equal(11, next);
    }

    [Fact]
    public async Task GetOrCreate_AfterLifetime_CountsAgain()
    {
        var cache = Cache(seconds: 60);
        await cache.GetOrCreateAsync("total", _ => Task.FromResult(10), CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(59));
        var within = await cache.GetOrCreateAsync("total", _ => Task.FromResult(11), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));
        var after = await cache.GetOrCreateAsync("total", _ => Task.FromResult(12), CancellationToken.None);

        Assert.Equal(10, within);
        Assert.Equal(12, after);
    }

    [Fact]
    public async Task GetOrCreate_LifetimeZero_NeverKeeps()
    {
        var cache = Cache(seconds: 0);
        await cache.GetOrCreateAsync("total", _ => Task.FromResult(10), CancellationToken.None);

        var next = await cache.GetOrCreateAsync("total", _ => Task.FromResult(11), CancellationToken.None);

        Assert.Equal(11, next);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task GetOrCreate_TooManyKeys_StaysBounded()
    {
        var cache = Cache();
        for (var i = 0; i < PublicReadCache.MaxEntries + 10; i++)
        {
            await cache.GetOrCreateAsync($"k{i}", _ => Task.FromResult(i), CancellationToken.None);
        }

        Assert.InRange(cache.Count, 1, PublicReadCache.MaxEntries);
    }
}
