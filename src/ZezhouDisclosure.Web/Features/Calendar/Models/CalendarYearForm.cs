using ZezhouDisclosure.Application.Calendar;
using ZezhouDisclosure.Domain.Calendar;

namespace ZezhouDisclosure.Web.Features.Calendar.Models;

/// <summary>One row of the holiday-notice form; a row left wholly blank is ignored.</summary>
public sealed class CalendarRangeRow
{
    public string? Name { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && From is null && To is null;
}

/// <summary>The State Council notice of one year as the administrator types it (fixed rows, no script needed).</summary>
public sealed class CalendarYearForm
{
    public const int HolidayRows = 10;
    public const int MakeUpRows = 10;

    public string? Notice { get; set; }

    public int? Version { get; set; }

    public List<CalendarRangeRow> Holidays { get; set; } = [];

    public List<CalendarRangeRow> MakeUpWorkdays { get; set; } = [];

    public static CalendarYearForm From(CalendarYearDetails? year)
    {
        var form = new CalendarYearForm
        {
            Notice = year?.Notice,
            Version = year?.Version,
            Holidays = [.. (year?.Holidays ?? []).Select(Row)],
            MakeUpWorkdays = [.. (year?.MakeUpWorkdays ?? []).Select(Row)],
        };
        return form.Padded();
    }

    /// <summary>Adds blank rows up to the fixed count so that more ranges can be typed.</summary>
    public CalendarYearForm Padded()
    {
        while (Holidays.Count < HolidayRows)
        {
            Holidays.Add(new CalendarRangeRow());
        }

        while (MakeUpWorkdays.Count < MakeUpRows)
        {
            MakeUpWorkdays.Add(new CalendarRangeRow());
        }

        return this;
    }

    /// <summary>Drops blank rows, so that the rows shown again match the indexes of the command's errors.</summary>
    public CalendarYearForm Compacted()
    {
        Holidays = [.. Holidays.Where(r => !r.IsBlank)];
        MakeUpWorkdays = [.. MakeUpWorkdays.Where(r => !r.IsBlank)];
        return this;
    }

    /// <summary>The command without blank rows (see <see cref="Compacted"/>).</summary>
    public SaveCalendarYearCommand ToCommand(int year) => new(
        year,
        Notice,
        [.. Holidays.Where(r => !r.IsBlank).Select(r => new CalendarRangeInput(r.Name, r.From, r.To))],
        [.. MakeUpWorkdays.Where(r => !r.IsBlank).Select(r => new CalendarRangeInput(r.Name, r.From, r.To))],
        Version);

    private static CalendarRangeRow Row(CalendarRange range) => new() { Name = range.Name, From = range.From, To = range.To };
}
