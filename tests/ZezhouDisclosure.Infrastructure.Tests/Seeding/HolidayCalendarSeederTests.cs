using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Seeding;

/// <summary>The shipped calendars agree with the official notices' weekday holidays (domain.md §7).</summary>
public class HolidayCalendarSeederTests
{
    public static TheoryData<int, string> WeekdayHolidays => new()
    {
        { 2020, "01-01,01-24,01-27,01-28,01-29,01-30,01-31,04-06,05-01,05-04,05-05,06-25,06-26,10-01,10-02,10-05,10-06,10-07,10-08" },
        { 2021, "01-01,02-11,02-12,02-15,02-16,02-17,04-05,05-03,05-04,05-05,06-14,09-20,09-21,10-01,10-04,10-05,10-06,10-07" },
        { 2022, "01-03,01-31,02-01,02-02,02-03,02-04,04-04,04-05,05-02,05-03,05-04,06-03,09-12,10-03,10-04,10-05,10-06,10-07" },
        { 2023, "01-02,01-23,01-24,01-25,01-26,01-27,04-05,05-01,05-02,05-03,06-22,06-23,09-29,10-02,10-03,10-04,10-05,10-06" },
        { 2024, "01-01,02-12,02-13,02-14,02-15,02-16,04-04,04-05,05-01,05-02,05-03,06-10,09-16,09-17,10-01,10-02,10-03,10-04,10-07" },
        { 2025, "01-01,01-28,01-29,01-30,01-31,02-03,02-04,04-04,05-01,05-02,05-05,06-02,10-01,10-02,10-03,10-06,10-07,10-08" },
        { 2026, "01-01,01-02,02-16,02-17,02-18,02-19,02-20,02-23,04-06,05-01,05-04,05-05,06-19,09-25,10-01,10-02,10-05,10-06,10-07" },
    };

    [Theory]
    [MemberData(nameof(WeekdayHolidays))]
    public void Load_EachYear_HolidaysOnWeekdaysMatchTheNotice(int year, string expected)
    {
        var days = HolidayCalendarSeeder.Load().Single(y => y.Year.Year == year).Days;

        var weekdayHolidays = days
            .Where(d => d.Kind == CalendarDayKind.Holiday && d.Date.Year == year && !CalendarDay.IsWeekend(d.Date))
            .Select(d => d.Date.ToString("MM-dd", CultureInfo.InvariantCulture))
            .Order();

        Assert.Equal(expected.Split(','), weekdayHolidays);
    }

    [Fact]
    public void Load_EveryMakeUpWorkday_IsAWeekend()
    {
        var makeUp = HolidayCalendarSeeder.Load().SelectMany(y => y.Days).Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).ToList();

        Assert.Equal(46, makeUp.Count);
        Assert.All(makeUp, d => Assert.True(CalendarDay.IsWeekend(d.Date)));
    }

    [Fact]
    public async Task Seed_Twice_KeepsOneCopyAndAnAdministratorsCorrection()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            var day = await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2026, 10, 10));
            db.CalendarDays.Remove(day);
            await db.SaveChangesAsync();
            await new HolidayCalendarSeeder(db).SeedAsync(CancellationToken.None);
        }

        await using var check = database.CreateContext();
        Assert.Equal(7, await check.CalendarYears.CountAsync());
        Assert.False(await check.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 10, 10)));
    }
}
