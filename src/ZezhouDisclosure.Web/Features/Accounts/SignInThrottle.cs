using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ZezhouDisclosure.Web.Features.Accounts;

/// <summary>
/// Slows password guessing without letting anyone lock an account (security.md SEC-AUTH-01/02): failures are counted
/// per (typed name, client address) — an IPv6 client by its /64 — and after <see cref="StaffSignInOptions.FreeFailures"/>
/// that pair must wait, twice as long after each further failure, up to <see cref="StaffSignInOptions.MaxDelay"/>. The
/// same name from another client is not affected, and names nobody has are throttled exactly like real ones, so the
/// throttle reveals nothing. Kept in memory on this node (a restart forgets it; several nodes each count their own).
/// </summary>
public sealed class SignInThrottle(IOptions<StaffSignInOptions> options, TimeProvider time)
{
    private const int SweepThreshold = 10_000;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    private StaffSignInOptions Options => options.Value;

    public static string KeyOf(string userName, IPAddress? client) =>
        userName.Trim().ToUpperInvariant() + "|" + ClientPartition(client);

    /// <summary>How long this pair must still wait before its next try (zero when it may try now).</summary>
    public TimeSpan WaitFor(string key)
    {
        if (!_failures.TryGetValue(key, out var failures))
        {
            return TimeSpan.Zero;
        }

        var now = time.GetUtcNow();
        if (now - failures.Last > Options.FailureMemory)
        {
            _failures.TryRemove(key, out _);
            return TimeSpan.Zero;
        }

        var until = failures.Last + DelayAfter(failures.Count);
        return until > now ? until - now : TimeSpan.Zero;
    }

    public void RecordFailure(string key)
    {
        var now = time.GetUtcNow();
        if (_failures.Count > SweepThreshold)
        {
            Sweep(now);
        }

        _failures.AddOrUpdate(
            key,
            _ => new Failures(1, now),
            (_, old) => now - old.Last > Options.FailureMemory ? new Failures(1, now) : new Failures(old.Count + 1, now));
    }

    public void Reset(string key) => _failures.TryRemove(key, out _);

    /// <summary>The wait after <paramref name="count"/> failures: none before the free ones are used up, then doubling.</summary>
    public TimeSpan DelayAfter(int count)
    {
        var beyond = count - Options.FreeFailures + 1;
        if (beyond <= 0)
        {
            return TimeSpan.Zero;
        }

        var ticks = Options.FirstDelay.Ticks * Math.Pow(2, Math.Min(beyond - 1, 30));
        return ticks >= Options.MaxDelay.Ticks ? Options.MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    private static string ClientPartition(IPAddress? client)
    {
        if (client is null)
        {
            return "unknown";
        }

        if (client.IsIPv4MappedToIPv6)
        {
            return client.MapToIPv4().ToString();
        }

        if (client.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return client.ToString();
        }

        var bytes = client.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            if (now - failures.Last > Options.FailureMemory)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private sealed record Failures(int Count, DateTimeOffset Last);
}
