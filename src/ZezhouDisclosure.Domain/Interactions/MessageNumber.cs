using System.Globalization;
using System.Text.RegularExpressions;

namespace ZezhouDisclosure.Domain.Interactions;

/// <summary>
/// 留言编号: <c>LY</c> (留言/咨询) or <c>ZC</c> (找错), the Beijing day received (yyyyMMdd) and a 4-digit serial of
/// that day and kind, e.g. <c>LY202612020001</c>.
/// </summary>
public static partial class MessageNumber
{
    public const int Length = 14;

    public static string Prefix(MessageKind kind) => kind == MessageKind.ErrorReport ? "ZC" : "LY";

    public static string Format(MessageKind kind, DateOnly day, int serial) =>
        serial is < 1 or > 9999
            ? throw new ArgumentOutOfRangeException(nameof(serial), serial, "A day has at most 9999 messages of one kind.")
            : string.Create(CultureInfo.InvariantCulture, $"{Prefix(kind)}{day:yyyyMMdd}{serial:0000}");

    /// <summary>As typed or pasted: spaces removed, full-width letters and digits folded, upper-cased.</summary>
    public static string Normalise(string? number) =>
        string.Concat(Common.WidthFolding.Fold(number).Where(c => !char.IsWhiteSpace(c) && c != '-'))
            .ToUpperInvariant();

    public static bool IsValid(string? number) => number is not null && Pattern().IsMatch(number);

    [GeneratedRegex("^(LY|ZC)[0-9]{8}[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
