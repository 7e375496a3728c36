using System.Globalization;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;

namespace ZezhouDisclosure.Domain.Tests.Calendar;

/// <summary>The working-day engine against the official calendars shipped with the portal (2020–2026).</summary>
public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Official = Build();

    private static WorkingDayCalendar Build()
    {
        var years = HolidayCalendarSeeder.Load();
        return new WorkingDayCalendar(years.Select(y => y.Year.Year), years.SelectMany(y => y.Days));
    }

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-02-10", 20, "2026-03-16")] // across Spring Festival 2026, both make-up Saturdays (02-14, 02-28) counted
    [InlineData("2026-02-13", 1, "2026-02-14")] // the next working day is the make-up Saturday
    [InlineData("2026-02-13", 7, "2026-03-02")] // 7 working days (补正 notice) across the festival
    [InlineData("2026-09-18", 20, "2026-10-22")] // across National Day 2026 with make-up days 09-20 and 10-10
    [InlineData("2026-09-30", 1, "2026-10-08")] // the day after the Golden Week
    [InlineData("2025-01-24", 20, "2025-02-27")] // Spring Festival 2025 (make-up 01-26, 02-08)
    [InlineData("2025-09-26", 15, "2025-10-23")] // a 15-day consultation across 国庆中秋 2025
    [InlineData("2024-02-08", 7, "2024-02-23")]
    [InlineData("2020-01-20", 20, "2020-02-25")] // the 2020 extension: 02-01 is no longer a working day
    [InlineData("2023-09-28", 3, "2023-10-09")] // weekend make-up days 10-07 and 10-08 count
    [InlineData("2026-11-27", 20, "2026-12-25")] // an ordinary stretch
    public void AddWorkingDays_AcrossOfficialHolidays_CountsMakeUpDaysAndSkipsHolidays(string start, int days, string expected)
    {
        Assert.Equal(D(expected), Official.AddWorkingDays(D(start), days));
    }

    [Theory]
    [InlineData("2026-02-14", true)] // Saturday make-up day
    [InlineData("2026-02-16", false)] // Monday of Spring Festival
    [InlineData("2026-02-21", false)] // Saturday in the festival
    [InlineData("2026-02-24", true)]
    [InlineData("2020-02-01", false)] // the cancelled 2020 make-up day
    [InlineData("2026-11-28", false)] // an ordinary Saturday
    public void IsWorkingDay_OfficialCalendar_FollowsTheNotice(string date, bool expected)
    {
        Assert.Equal(expected, Official.IsWorkingDay(D(date)));
    }

    [Fact]
    public void AddWorkingDays_IntoAYearWithoutANotice_IsFlaggedAsAnEstimate()
    {
        var due = Official.AddWorkingDays(D("2026-12-18"), 20);

        Assert.Equal(D("2027-01-15"), due);
        Assert.True(Official.IsEstimate(due));
        Assert.False(Official.IsEstimate(D("2026-12-31")));
    }

    [Fact]
    public void AddWorkingDays_WhenANewYearIsLoaded_MovesTheDueDate()
    {
        var with2027 = new WorkingDayCalendar(
            Official.LoadedYears.Append(2027),
            HolidayCalendarSeeder.Load().SelectMany(y => y.Days).Append(new CalendarDay(D("2027-01-01"), CalendarDayKind.Holiday, "元旦")));

        Assert.Equal(D("2027-01-18"), with2027.AddWorkingDays(D("2026-12-18"), 20));
        Assert.False(with2027.IsEstimate(D("2027-01-18")));
    }

    [Fact]
    public void CountWorkingDays_IsTheInverseOfAdd()
    {
        var start = D("2026-09-18");

        Assert.Equal(20, Official.CountWorkingDays(start, Official.AddWorkingDays(start, 20)));
        Assert.Equal(0, Official.CountWorkingDays(start, start));
    }

    [Fact]
    public void NewCalendarDay_MakeUpWorkdayOnAWeekday_IsRefused()
    {
        Assert.Throws<DomainException>(() => new CalendarDay(D("2026-02-16"), CalendarDayKind.MakeUpWorkday, "春节"));
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(D("2026-01-05"), -1));
    }
}
