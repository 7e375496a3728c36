using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Oversight;

/// <summary>
/// How long a column may go without a new item: a number of days (动态/要闻 14 days) or of calendar months (通知公告 and
/// 政策文件 6 months), 国办秘函〔2019〕19号 单项否决指标“栏目不更新”.
/// </summary>
public sealed record FreshnessLimit(int Days = 0, int Months = 0)
{
    public static FreshnessLimit OfDays(int days) => new(Days: days);

    public static FreshnessLimit OfMonths(int months) => new(Months: months);

    /// <summary>The last day (Beijing) on which an item published on <paramref name="publishedOn"/> still counts as fresh.</summary>
    public DateOnly FreshUntil(DateOnly publishedOn) => Months > 0 ? publishedOn.AddMonths(Months) : publishedOn.AddDays(Days);

    public string Label => Months > 0 ? $"{Months} 个月" : $"{Days} 天";
}

/// <summary>Freshness and 集中更新 rules on publication dates, counted in Beijing days. Pure.</summary>
public static class Freshness
{
    public static DateOnly BeijingDay(DateTime utc) => DateOnly.FromDateTime(ChinaTime.ToBeijing(utc));

    /// <summary>
    /// Stale when nothing was ever published, or today is past the last fresh day: with 14 days, an item published 14
    /// days ago still counts (“a dated item within 14 days”), one published 15 days ago does not.
    /// </summary>
    public static bool IsStale(DateTime? lastPublishedUtc, DateOnly today, FreshnessLimit limit) =>
        lastPublishedUtc is not { } last || today > limit.FreshUntil(BeijingDay(last));

    /// <summary>Whole days since the publication (Beijing days); null when never published.</summary>
    public static int? DaysSince(DateTime? lastPublishedUtc, DateOnly today) =>
        lastPublishedUtc is { } last ? today.DayNumber - BeijingDay(last).DayNumber : null;

    /// <summary>
    /// 集中更新: days on which at least <paramref name="minimumItems"/> items were published after at least
    /// <paramref name="silenceDays"/> days without any (the items of one column or unit, any order).
    /// </summary>
    public static IReadOnlyList<(DateOnly Day, int Items, int SilentDays)> Bursts(IEnumerable<DateTime> publishedUtc, int minimumItems, int silenceDays)
    {
        var days = publishedUtc.Select(BeijingDay).GroupBy(d => d).OrderBy(g => g.Key).Select(g => (Day: g.Key, Count: g.Count())).ToList();
        var bursts = new List<(DateOnly, int, int)>();
        for (var i = 1; i < days.Count; i++)
        {
            var silent = days[i].Day.DayNumber - days[i - 1].Day.DayNumber - 1;
            if (days[i].Count >= minimumItems && silent >= silenceDays)
            {
                bursts.Add((days[i].Day, days[i].Count, silent));
            }
        }

        return bursts;
    }
}
