namespace ZezhouDisclosure.Domain.Calendar;

/// <summary>How an official notice changes a day from the ordinary Monday–Friday week.</summary>
public enum CalendarDayKind
{
    /// <summary>放假: a day off (whether or not it falls on a weekend).</summary>
    Holiday = 1,

    /// <summary>调休上班: a Saturday or Sunday that is a working day.</summary>
    MakeUpWorkday = 2,
}
