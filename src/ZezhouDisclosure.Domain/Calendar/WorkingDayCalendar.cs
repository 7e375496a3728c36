namespace ZezhouDisclosure.Domain.Calendar;

/// <summary>
/// China's working days: Monday to Friday, minus the official holidays, plus the weekend make-up working days
/// (调休上班), as published for the years that are loaded. Days in a year that is not loaded are counted as plain
/// Monday–Friday and flagged as an estimate by <see cref="IsEstimate"/>. One calendar for the whole product.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUpWorkdays;
    private readonly HashSet<int> _years;

    public WorkingDayCalendar(IEnumerable<int> loadedYears, IEnumerable<CalendarDay> days)
    {
        _years = [.. loadedYears];
        var list = days.ToList();
        _holidays = [.. list.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date)];
        _makeUpWorkdays = [.. list.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => d.Date)];
    }

    public IReadOnlyCollection<int> LoadedYears => _years;

    public bool IsWorkingDay(DateOnly date) =>
        _makeUpWorkdays.Contains(date) || (!CalendarDay.IsWeekend(date) && !_holidays.Contains(date));

    /// <summary>True when the date's year has no official notice loaded, so the answer is only an estimate.</summary>
    public bool IsEstimate(DateOnly date) => !_years.Contains(date.Year);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>; the start day itself is not
    /// counted (条例: "自收到申请之日起20个工作日内" counts from the next day).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when to ≤ from).</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
