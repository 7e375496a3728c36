namespace ZezhouDisclosure.Domain.Calendar;

/// <summary>
/// One day the State Council's yearly holiday notice changes: a day off or a weekend working day. Data, not code:
/// an administrator enters each new year's notice.
/// </summary>
public class CalendarDay
{
    private CalendarDay()
    {
    }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string name)
    {
        if (kind == CalendarDayKind.MakeUpWorkday && !IsWeekend(date))
        {
            throw new Common.DomainException($"{date:yyyy-MM-dd} 不是周末，不能设为调休上班日。");
        }

        Date = date;
        Kind = kind;
        Name = name;
    }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    /// <summary>The festival, e.g. 春节.</summary>
    public string Name { get; private set; } = "";

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
