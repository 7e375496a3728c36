using System.Globalization;

namespace ZezhouDisclosure.Domain.Documents;

/// <summary>
/// 索引号: <c>{organisation code}/{year}-{5-digit sequence}</c>, e.g. <c>140525107/2026-00012</c>
/// (the format of 中国政府网 and most county portals, domain.md §6).
/// </summary>
public static class IndexNumber
{
    public const int MaxSequence = 99_999;

    public static string Format(string organisationCode, int year, int sequence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        return string.Create(CultureInfo.InvariantCulture, $"{organisationCode}/{year:D4}-{sequence:D5}");
    }
}
