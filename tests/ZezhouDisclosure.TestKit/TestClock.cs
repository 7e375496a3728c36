using Microsoft.Extensions.Time.Testing;

namespace ZezhouDisclosure.TestKit;

/// <summary>A fake clock that starts on a fixed, ordinary working day (Beijing 2026-11-27 10:00).</summary>
public static class TestClock
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);
}
