using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Participation;

/// <summary>A problem with a consultation's period, keyed by the form field it concerns.</summary>
public sealed record PeriodProblem(string Field, string Message);

/// <summary>
/// The comment period of a 征求意见 (重大行政决策程序暂行条例 第十四条): opening and closing day in Beijing time, both
/// included, normally at least <see cref="MinimumDays"/> days; a shorter period needs a recorded reason. Comments are
/// accepted from 00:00 of the opening day to 24:00 of the closing day, Beijing time.
/// </summary>
public static class ConsultationPeriod
{
    public const int MinimumDays = 30;

    /// <summary>Days after the closing day by which the 反馈 / 采纳情况 must be published.</summary>
    public const int FeedbackDueDays = 30;

    /// <summary>The number of days of the period, both ends included.</summary>
    public static int Days(DateOnly opensOn, DateOnly closesOn) => closesOn.DayNumber - opensOn.DayNumber + 1;

    public static bool IsShort(DateOnly opensOn, DateOnly closesOn) => Days(opensOn, closesOn) < MinimumDays;

    /// <summary>Every problem of the period; empty when it is lawful.</summary>
    public static IReadOnlyList<PeriodProblem> Check(DateOnly? opensOn, DateOnly? closesOn, string? shortPeriodReason)
    {
        var problems = new List<PeriodProblem>();
        if (opensOn is null)
        {
            problems.Add(new("OpensOn", "请填写开始日期。"));
        }

        if (closesOn is null)
        {
            problems.Add(new("ClosesOn", "请填写截止日期。"));
        }

        if (opensOn is { } opens && closesOn is { } closes)
        {
            if (closes < opens)
            {
                problems.Add(new("ClosesOn", "截止日期不能早于开始日期。"));
            }
            else if (IsShort(opens, closes) && string.IsNullOrWhiteSpace(shortPeriodReason))
            {
                problems.Add(new("ShortPeriodReason", $"征求意见期限为 {Days(opens, closes)} 天，少于 {MinimumDays} 天，须说明理由。"));
            }
        }

        return problems;
    }

    /// <summary>Whether <paramref name="today"/> (Beijing) lies within the period.</summary>
    public static bool Contains(DateOnly opensOn, DateOnly closesOn, DateOnly today) => opensOn <= today && today <= closesOn;

    /// <summary>The last day on which the feedback may still be published in time.</summary>
    public static DateOnly FeedbackDueOn(DateOnly closesOn) => closesOn.AddDays(FeedbackDueDays);

    /// <summary>The Beijing day of an instant.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(ChinaTime.ToBeijing(utc));
}
