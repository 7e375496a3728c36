namespace ZezhouDisclosure.Domain.Calendar;

/// <summary>A range of days of one festival in a holiday notice, both ends included.</summary>
public sealed record CalendarRange(string Name, DateOnly From, DateOnly To)
{
    public IEnumerable<DateOnly> Days()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}

/// <summary>
/// The State Council's yearly notice as ranges, and which stored days belong to which year's notice. A 元旦 holiday
/// that starts in the last days of December belongs to the next year's notice (2023: 2022-12-31 to 2023-01-02).
/// </summary>
public static class HolidayNotices
{
    /// <summary>How many days before 1 January a New Year holiday of the next year's notice may start.</summary>
    public const int NewYearLeadDays = 3;

    /// <summary>The first day a notice for <paramref name="year"/> may name.</summary>
    public static DateOnly FirstDay(int year) => new DateOnly(year, 1, 1).AddDays(-NewYearLeadDays);

    /// <summary>True when the stored day was entered with <paramref name="year"/>'s notice.</summary>
    public static bool Owns(int year, CalendarDay day)
    {
        var leadsIntoNextYear = day.Kind == CalendarDayKind.Holiday && day.Date >= FirstDay(day.Date.Year + 1);
        return leadsIntoNextYear ? day.Date.Year + 1 == year : day.Date.Year == year;
    }

    /// <summary>The days of a notice, holidays first; make-up workdays must be weekends (<see cref="CalendarDay"/>).</summary>
    public static IReadOnlyList<CalendarDay> Expand(IEnumerable<CalendarRange> holidays, IEnumerable<CalendarRange> makeUpWorkdays) =>
    [
        .. holidays.SelectMany(r => r.Days().Select(d => new CalendarDay(d, CalendarDayKind.Holiday, r.Name.Trim()))),
        .. makeUpWorkdays.SelectMany(r => r.Days().Select(d => new CalendarDay(d, CalendarDayKind.MakeUpWorkday, r.Name.Trim()))),
    ];

    /// <summary>Stored days back into ranges: consecutive days of the same kind and festival form one range.</summary>
    public static IReadOnlyList<CalendarRange> Ranges(IEnumerable<CalendarDay> days, CalendarDayKind kind)
    {
        var ranges = new List<CalendarRange>();
        foreach (var day in days.Where(d => d.Kind == kind).OrderBy(d => d.Date))
        {
            if (ranges.Count > 0 && ranges[^1].Name == day.Name && ranges[^1].To.AddDays(1) == day.Date)
            {
                ranges[^1] = ranges[^1] with { To = day.Date };
            }
            else
            {
                ranges.Add(new CalendarRange(day.Name, day.Date, day.Date));
            }
        }

        return ranges;
    }
}
