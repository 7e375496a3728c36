using System.Globalization;
using System.Text.RegularExpressions;

namespace ZezhouDisclosure.Domain.Requests;

/// <summary>
/// 申请编号: <c>YSQ</c> + the Beijing date of registration (yyyyMMdd) + a 4-digit sequence of that day, e.g.
/// <c>YSQ202602100007</c>. Readable over the phone, unique, and says nothing about the applicant.
/// </summary>
public static partial class RequestNumber
{
    public const string Prefix = "YSQ";
    public const int Length = 15;

    public static string Format(DateOnly day, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 9999);
        return Prefix + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D4", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A number as typed or pasted, made comparable: full-width characters folded (NFKC: ＹＳＱ２０２６… → YSQ2026…),
    /// every space (including the full-width 　), tab, line break and hyphen removed, upper-cased.
    /// </summary>
    public static string Normalise(string? value) =>
        string.Concat(Common.WidthFolding.Fold(value)
            .Where(c => !char.IsWhiteSpace(c) && c != '-' && !char.IsControl(c))).ToUpperInvariant();

    public static bool IsValid(string? value) =>
        value is not null && Pattern().IsMatch(value)
        && DateOnly.TryParseExact(value.AsSpan(3, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex("^YSQ[0-9]{8}[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
