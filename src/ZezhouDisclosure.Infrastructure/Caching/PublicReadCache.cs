using System.Collections.Concurrent;
using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Infrastructure.Caching;

/// <summary>
/// The in-process <see cref="IPublicReadCache"/>. A value read while a change was committing is returned but not
/// stored (it may show the data the change replaced), the same rule the output cache follows (ADR 0009). Bounded:
/// when more than <see cref="MaxEntries"/> keys are held, everything is dropped and refilled on demand.
/// </summary>
public sealed class PublicReadCache(TimeProvider time, PublicReadCacheOptions options) : IPublicReadCache, IPublicContentListener
{
    public const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private long generation;

    public int Count => entries.Count;

    public async ValueTask<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        var now = time.GetUtcNow();
        if (entries.TryGetValue(key, out var found) && found.Expires > now && found.Value is T value)
        {
            return value;
        }

        var started = Interlocked.Read(ref generation);
        var created = await create(cancellationToken);
        if (options.Lifetime > TimeSpan.Zero && Interlocked.Read(ref generation) == started)
        {
            if (entries.Count >= MaxEntries)
            {
                entries.Clear();
            }

            entries[key] = new Entry(created, now + options.Lifetime);
        }

        return created;
    }

    /// <summary>Drops everything: any public change can alter a total, a name in the tree or a home-page figure.</summary>
    public ValueTask OnCommittedAsync(IReadOnlyCollection<PublicContentChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count > 0)
        {
            Interlocked.Increment(ref generation);
            entries.Clear();
        }

        return ValueTask.CompletedTask;
    }

    private sealed record Entry(object? Value, DateTimeOffset Expires);
}

/// <summary><c>Portal:ReadCache</c>: how long a cached figure may be served before it is read again.</summary>
public sealed class PublicReadCacheOptions
{
    public const string SectionName = "Portal:ReadCache";

    /// <summary>
    /// Default 60 s: on a single node changes are seen at once (the cache is emptied on commit); with several nodes a
    /// total or the column tree on another node can lag a change by at most this long. Zero turns the cache off.
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(60);
}
