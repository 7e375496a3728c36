using System.Globalization;
using System.Text.RegularExpressions;
using ZezhouDisclosure.Domain.Calendar;

namespace ZezhouDisclosure.Domain.Catalogues;

/// <summary>How a 公开时限 wording is counted.</summary>
public enum TimeLimitKind
{
    /// <summary>No machine-readable rule (e.g. 同上, or free text); only the wording is shown.</summary>
    None = 0,

    /// <summary>实时公开 / 及时公开.</summary>
    Immediate = 1,

    /// <summary>N个工作日内 (counted with the working-day calendar).</summary>
    WorkingDays = 2,

    /// <summary>N日内 (calendar days, e.g. 批准后20日内).</summary>
    CalendarDays = 3,

    /// <summary>公示N个工作日: a notice that must stay up for N working days.</summary>
    NoticePeriod = 4,
}

/// <summary>
/// The machine-readable part of a 公开时限 wording (domain.md §1.3). The wording itself stays the legal text; the rule
/// is what coverage and timeliness checks count with.
/// </summary>
public sealed partial record TimeLimitRule(TimeLimitKind Kind, int Days)
{
    public static TimeLimitRule None { get; } = new(TimeLimitKind.None, 0);

    public static TimeLimitRule Immediate { get; } = new(TimeLimitKind.Immediate, 0);

    /// <summary>
    /// Reads a wording. The publication deadline wins over a notice period when both appear
    /// ("10个工作日内，公示7个工作日" → 10 working days).
    /// </summary>
    public static TimeLimitRule Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return None;
        }

        var normalised = Normalise(text);
        var working = WorkingDaysWithin().Match(normalised);
        if (working.Success)
        {
            return new TimeLimitRule(TimeLimitKind.WorkingDays, Number(working));
        }

        var calendar = CalendarDaysWithin().Match(normalised);
        if (calendar.Success)
        {
            return new TimeLimitRule(TimeLimitKind.CalendarDays, Number(calendar));
        }

        var notice = NoticeWorkingDays().Match(normalised);
        if (notice.Success)
        {
            return new TimeLimitRule(TimeLimitKind.NoticePeriod, Number(notice));
        }

        if (normalised.Contains("实时", StringComparison.Ordinal) || normalised.Contains("及时", StringComparison.Ordinal))
        {
            return Immediate;
        }

        return None;
    }

    /// <summary>同上: the wording repeats the row above, as published catalogues write it.</summary>
    public static bool IsSameAsAbove(string? text) => text?.Trim() is "同上";

    /// <summary>
    /// The last day on which information formed on <paramref name="formedOn"/> may be published, or null when the
    /// rule has no deadline (none, or a notice period, which is a duration rather than a deadline).
    /// Immediate publication is due the same day.
    /// </summary>
    public DateOnly? DueDate(DateOnly formedOn, WorkingDayCalendar calendar) => Kind switch
    {
        TimeLimitKind.Immediate => formedOn,
        TimeLimitKind.WorkingDays => calendar.AddWorkingDays(formedOn, Days),
        TimeLimitKind.CalendarDays => formedOn.AddDays(Days),
        _ => null,
    };

    public string Describe() => Kind switch
    {
        TimeLimitKind.Immediate => "即时",
        TimeLimitKind.WorkingDays => $"{Days}个工作日",
        TimeLimitKind.CalendarDays => $"{Days}日（自然日）",
        TimeLimitKind.NoticePeriod => $"公示{Days}个工作日",
        _ => "无可计算规则",
    };

    private static int Number(Match match) => int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);

    private static string Normalise(string text)
    {
        var chars = text.Trim().Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c).ToArray();
        return new string(chars).Replace(" ", "", StringComparison.Ordinal);
    }

    // "20个工作日内" but not the notice period "公示7个工作日".
    [GeneratedRegex(@"(?<!公示)(?<n>\d{1,3})个工作日内")]
    private static partial Regex WorkingDaysWithin();

    [GeneratedRegex(@"(?<n>\d{1,3})日内")]
    private static partial Regex CalendarDaysWithin();

    [GeneratedRegex(@"公示(?<n>\d{1,3})个工作日")]
    private static partial Regex NoticeWorkingDays();
}
