using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Calendar;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// Loads the official holiday notices shipped in <c>china-holidays.json</c> for the years the database does not have
/// yet. Years already present are never touched: an administrator's corrections win.
/// </summary>
public sealed class HolidayCalendarSeeder(AppDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken);
        foreach (var year in Load().Where(y => !existing.Contains(y.Year.Year)))
        {
            db.CalendarYears.Add(year.Year);
            db.CalendarDays.AddRange(year.Days);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The shipped notices, expanded into days.</summary>
    public static IReadOnlyList<(CalendarYear Year, IReadOnlyList<CalendarDay> Days)> Load()
    {
        using var stream = typeof(HolidayCalendarSeeder).Assembly.GetManifestResourceStream("ZezhouDisclosure.Infrastructure.china-holidays.json")
            ?? throw new InvalidOperationException("china-holidays.json is not embedded.");
        using var json = JsonDocument.Parse(stream);
        var result = new List<(CalendarYear, IReadOnlyList<CalendarDay>)>();
        foreach (var year in json.RootElement.GetProperty("years").EnumerateArray())
        {
            var days = new List<CalendarDay>();
            foreach (var holiday in year.GetProperty("holidays").EnumerateArray())
            {
                var name = holiday.GetProperty("name").GetString()!;
                for (var day = Date(holiday, "from"); day <= Date(holiday, "to"); day = day.AddDays(1))
                {
                    days.Add(new CalendarDay(day, CalendarDayKind.Holiday, name));
                }
            }

            foreach (var workday in year.GetProperty("workdays").EnumerateArray())
            {
                days.Add(new CalendarDay(Date(workday, "date"), CalendarDayKind.MakeUpWorkday, workday.GetProperty("name").GetString()!));
            }

            result.Add((new CalendarYear(year.GetProperty("year").GetInt32(), year.GetProperty("notice").GetString()!), days));
        }

        return result;
    }

    private static DateOnly Date(JsonElement element, string property) =>
        DateOnly.ParseExact(element.GetProperty(property).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
