using System.Globalization;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Organisations;

/// <summary>
/// A unit's 文号 for the 依申请公开 notices it issues, from its configurable pattern: <c>{year}</c> is the Beijing year
/// the notice is issued in, <c>{n}</c> its number within the unit and year (1, 2, 3 … without padding), e.g.
/// <c>高政依申〔{year}〕{n}号</c> → 高政依申〔2026〕3号.
/// </summary>
public static class NoticeNumber
{
    public const string YearPlaceholder = "{year}";

    public const string NumberPlaceholder = "{n}";

    /// <summary>The longest pattern (and 文号) stored.</summary>
    public const int MaxLength = DataLimits.DocumentNumber;

    /// <summary>Why the pattern cannot be used (Chinese), or null when it can.</summary>
    public static string? PatternProblem(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "请填写文号格式。";
        }

        if (pattern.Length > MaxLength - 10)
        {
            return $"文号格式不能超过{MaxLength - 10}个字。";
        }

        if (CountOf(pattern, NumberPlaceholder) != 1)
        {
            return "文号格式应包含一次序号占位符 {n}，例如：高政依申〔{year}〕{n}号。";
        }

        if (CountOf(pattern, YearPlaceholder) > 1)
        {
            return "文号格式中的年份占位符 {year} 最多出现一次。";
        }

        var rest = pattern.Replace(NumberPlaceholder, "", StringComparison.Ordinal).Replace(YearPlaceholder, "", StringComparison.Ordinal);
        if (rest.Contains('{', StringComparison.Ordinal) || rest.Contains('}', StringComparison.Ordinal))
        {
            return "文号格式只能使用 {year} 和 {n} 两个占位符。";
        }

        return null;
    }

    public static string Format(string pattern, int year, int number)
    {
        if (PatternProblem(pattern) is { } problem)
        {
            throw new DomainException(problem);
        }

        if (number < 1)
        {
            throw new DomainException("文号序号应从 1 开始。");
        }

        return pattern
            .Replace(YearPlaceholder, year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(NumberPlaceholder, number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

/// <summary>
/// The last notice 文号 number used by one unit in one year. Numbers are handed out in order and never reused; the
/// row's concurrency token (and its key) stop two notices issued at the same moment from taking the same number.
/// </summary>
public class NoticeNumberSequence : IYearlySequence
{
    private NoticeNumberSequence()
    {
    }

    public NoticeNumberSequence(int organisationId, int year)
    {
        OrganisationId = organisationId;
        Year = year;
    }

    public int OrganisationId { get; private set; }

    public int Year { get; private set; }

    public int LastValue { get; private set; }

    public int Version { get; set; }

    public int Next() => ++LastValue;
}
