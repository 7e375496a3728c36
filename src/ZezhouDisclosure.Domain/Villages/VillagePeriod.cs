using System.Globalization;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Villages;

/// <summary>How often a village posting is made (公开周期).</summary>
public enum VillagePeriodKind
{
    /// <summary>按月 (村级财务收支明细 every month).</summary>
    Monthly = 1,

    /// <summary>按季度.</summary>
    Quarterly = 2,

    /// <summary>随时 / 一事一公开: a posting for one event.</summary>
    PerEvent = 3,
}

/// <summary>What a village posting makes public.</summary>
public enum VillagePostingCategory
{
    /// <summary>村务公开.</summary>
    Affairs = 1,

    /// <summary>财务公开 (村级财务收支).</summary>
    Finance = 2,
}

/// <summary>
/// The period a village posting covers: a month, a quarter, or the day of an event. Stored as its first day; a
/// period may not lie in the future (nothing can be made public about a month that has not begun).
/// </summary>
public readonly record struct VillagePeriod(VillagePeriodKind Kind, DateOnly Start)
{
    /// <summary>The period of <paramref name="kind"/> for year/number (month 1–12, quarter 1–4) or an event day.</summary>
    public static VillagePeriod Create(VillagePeriodKind kind, int year, int number, DateOnly? eventDay)
    {
        switch (kind)
        {
            case VillagePeriodKind.Monthly:
                if (year is < 2000 or > 2100 || number is < 1 or > 12)
                {
                    throw new DomainException("请选择正确的公开月份。");
                }

                return new VillagePeriod(kind, new DateOnly(year, number, 1));
            case VillagePeriodKind.Quarterly:
                if (year is < 2000 or > 2100 || number is < 1 or > 4)
                {
                    throw new DomainException("请选择正确的公开季度。");
                }

                return new VillagePeriod(kind, new DateOnly(year, ((number - 1) * 3) + 1, 1));
            case VillagePeriodKind.PerEvent:
                return new VillagePeriod(kind, eventDay ?? throw new DomainException("请填写事项发生日期。"));
            default:
                throw new DomainException("请选择公开周期。");
        }
    }

    /// <summary>The last day of the period.</summary>
    public DateOnly End => Kind switch
    {
        VillagePeriodKind.Monthly => Start.AddMonths(1).AddDays(-1),
        VillagePeriodKind.Quarterly => Start.AddMonths(3).AddDays(-1),
        _ => Start,
    };

    /// <summary>True when the period has not begun on <paramref name="today"/>.</summary>
    public bool IsFuture(DateOnly today) => Start > today;

    /// <summary>2026年3月 / 2026年第1季度 / 2026年03月05日.</summary>
    public string Label => Kind switch
    {
        VillagePeriodKind.Monthly => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}年{Start.Month}月"),
        VillagePeriodKind.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}年第{((Start.Month - 1) / 3) + 1}季度"),
        _ => Start.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// When a village's monthly 财务公开 is due: the month's statement must be public by the 10th of the following month
/// (the county's rule for 村级财务收支明细); from the 11th it is overdue and flagged to the township.
/// </summary>
public static class VillageFinanceDeadline
{
    public const int DayOfNextMonth = 10;

    /// <summary>The last day the statement of the month starting <paramref name="monthStart"/> may be published.</summary>
    public static DateOnly DueOn(DateOnly monthStart) => new DateOnly(monthStart.Year, monthStart.Month, 1).AddMonths(1).AddDays(DayOfNextMonth - 1);

    /// <summary>
    /// The latest month whose statement is overdue on <paramref name="today"/> (the month before last until the 10th,
    /// then last month), never before <paramref name="since"/> (a village set up later owes nothing earlier).
    /// </summary>
    public static DateOnly? LatestOverdueMonth(DateOnly today, DateOnly? since)
    {
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var month = today > DueOn(lastMonth) ? lastMonth : lastMonth.AddMonths(-1);
        if (since is { } from && month < new DateOnly(from.Year, from.Month, 1))
        {
            return null;
        }

        return month;
    }
}
