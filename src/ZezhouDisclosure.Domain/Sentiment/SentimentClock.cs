using System.Globalization;

namespace ZezhouDisclosure.Domain.Sentiment;

/// <summary>
/// One 舆情 clock, in hours of the calendar (it never pauses for nights, weekends or holidays, unlike the working-day
/// limits of 依申请公开 and 留言): <see cref="DueAt"/> is <see cref="StartedAt"/> plus the limit; it stops when the
/// awaited action happens (<see cref="StoppedAt"/>). Instants are UTC.
/// </summary>
public sealed record SentimentClock(string Name, DateTime StartedAt, DateTime DueAt, DateTime? StoppedAt)
{
    /// <summary>重大 24 hours, 一般 48 hours from first seen to the first public response (四(五)2).</summary>
    public static TimeSpan ResponseLimit(SentimentLevel level) => level == SentimentLevel.Major ? TimeSpan.FromHours(24) : TimeSpan.FromHours(48);

    /// <summary>核实反馈 within 24 hours of the county office's request.</summary>
    public static readonly TimeSpan VerificationLimit = TimeSpan.FromHours(24);

    public static SentimentClock Start(string name, DateTime startedAt, TimeSpan limit, DateTime? stoppedAt = null) =>
        new(name, startedAt, startedAt + limit, stoppedAt);

    public bool IsRunning => StoppedAt is null;

    /// <summary>Whether the limit was passed: before the stop, or — while running — before <paramref name="now"/>.</summary>
    public bool IsOverdue(DateTime now) => (StoppedAt ?? now) > DueAt;

    /// <summary>Time left (negative: overdue by that much), measured at the stop when stopped.</summary>
    public TimeSpan Left(DateTime now) => DueAt - (StoppedAt ?? now);

    /// <summary>"剩余 5 小时 20 分" / "已超期 2 小时 5 分" / "按时完成" / "超期 1 小时完成".</summary>
    public string Describe(DateTime now)
    {
        var left = Left(now);
        if (!IsRunning)
        {
            return left >= TimeSpan.Zero ? "按时完成" : "超期 " + Hours(-left) + " 完成";
        }

        return left >= TimeSpan.Zero ? "剩余 " + Hours(left) : "已超期 " + Hours(-left);
    }

    /// <summary>Whole hours and minutes, e.g. "27 小时 5 分".</summary>
    public static string Hours(TimeSpan span)
    {
        var minutes = (long)Math.Floor(span.TotalMinutes);
        var hours = minutes / 60;
        var rest = minutes % 60;
        return hours == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{rest} 分")
            : rest == 0 ? string.Create(CultureInfo.InvariantCulture, $"{hours} 小时") : string.Create(CultureInfo.InvariantCulture, $"{hours} 小时 {rest} 分");
    }
}
