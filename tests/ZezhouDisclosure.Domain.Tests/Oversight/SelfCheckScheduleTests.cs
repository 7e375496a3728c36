using System.Globalization;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.Infrastructure.Persistence.Seeding;

namespace ZezhouDisclosure.Domain.Tests.Oversight;

/// <summary>When the 月度自查报告 are due, against the official calendars shipped with the portal.</summary>
public class SelfCheckScheduleTests
{
    private static readonly WorkingDayCalendar Official = Build();

    private static WorkingDayCalendar Build()
    {
        var years = HolidayCalendarSeeder.Load();
        return new WorkingDayCalendar(years.Select(y => y.Year.Year), years.SelectMany(y => y.Days));
    }

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime At(string date, int hour) => D(date).ToDateTime(new TimeOnly(hour, 0));

    [Theory]
    [InlineData(2026, 12, "2026-12-01")] // an ordinary Tuesday
    [InlineData(2026, 11, "2026-11-02")] // the 1st is a Sunday
    [InlineData(2026, 10, "2026-10-08")] // 国庆节 2026-10-01..07
    [InlineData(2026, 1, "2026-01-04")] // 元旦 01-01..03, then the make-up Sunday 01-04 is a working day
    [InlineData(2023, 10, "2023-10-07")] // the make-up Saturday after 国庆中秋 2023
    [InlineData(2025, 2, "2025-02-05")] // Spring Festival 2025 runs to 02-04
    [InlineData(2026, 5, "2026-05-06")] // 劳动节 05-01..05
    public void FirstWorkingDay_OfficialCalendar_SkipsHolidaysAndWeekendsAndCountsMakeUpDays(int year, int month, string expected)
    {
        Assert.Equal(D(expected), SelfCheckSchedule.FirstWorkingDay(Official, year, month));
    }

    [Theory]
    [InlineData("2026-12-01", 6, 2026, 11)] // the 1st working day, at the hour
    [InlineData("2026-12-01", 5, 2026, 10)] // the 1st working day, an hour early: November is not due yet
    [InlineData("2026-11-30", 23, 2026, 10)] // the day before
    [InlineData("2026-12-02", 0, 2026, 11)] // the day after, any hour (caught up)
    [InlineData("2026-10-07", 23, 2026, 8)] // the last day of 国庆节: September is not due yet
    [InlineData("2026-10-08", 6, 2026, 9)] // 国庆节 over: September is due
    [InlineData("2026-01-03", 12, 2025, 11)] // 元旦 2026: December 2025 is not due yet
    [InlineData("2026-01-04", 6, 2025, 12)] // the make-up Sunday
    [InlineData("2026-01-01", 8, 2025, 11)] // the year's first day is a holiday
    public void LatestDueMonth_AroundTheFirstWorkingDay_LastMonthFromTheHourOn(string date, int hour, int year, int month)
    {
        Assert.Equal((year, month), SelfCheckSchedule.LatestDueMonth(Official, At(date, hour), 6));
    }

    [Theory]
    [InlineData(null, "2026-11", "2026-11")] // nothing stored yet: the latest due month only, no back-fill
    [InlineData("2026-10", "2026-11", "2026-11")] // the usual month
    [InlineData("2026-11", "2026-11", "2026-11")] // already stored: only the missing reports of it are added
    [InlineData("2026-12", "2026-11", "2026-11")] // a later month stored on demand: still the due month
    [InlineData("2026-08", "2026-11", "2026-09,2026-10,2026-11")] // down for two months: oldest first
    [InlineData("2026-11", "2027-02", "2026-12,2027-01,2027-02")] // across the year
    [InlineData("2024-01", "2026-11", "2025-12,2026-01,2026-02,2026-03,2026-04,2026-05,2026-06,2026-07,2026-08,2026-09,2026-10,2026-11")] // the last twelve at most
    public void MonthsToMake_AfterTheLatestStoredUpToTheLatestDue(string? stored, string due, string expected)
    {
        static (int, int) M(string m) => (int.Parse(m[..4], CultureInfo.InvariantCulture), int.Parse(m[5..], CultureInfo.InvariantCulture));

        var months = SelfCheckSchedule.MonthsToMake(stored is null ? null : M(stored), M(due));

        Assert.Equal(expected.Split(',').Select(M), months);
    }

    [Fact]
    public void MonthsToMake_MostOfOne_OnlyTheDueMonth()
    {
        Assert.Equal([(2026, 11)], SelfCheckSchedule.MonthsToMake((2026, 1), (2026, 11), most: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SelfCheckSchedule.MonthsToMake(null, (2026, 11), most: 0));
    }

    [Fact]
    public void StoredReport_LaterEditionWithoutReason_Refused()
    {
        var ex = Assert.Throws<DomainException>(() => Report(edition: 2, reason: " "));
        Assert.Equal("重新生成自查报告须说明原因。", ex.Message);
        Assert.Equal("重新生成", Report(edition: 2, reason: " 重新生成 ").Reason);
        Assert.Null(Report(edition: 1, reason: null).Reason);
    }

    [Theory]
    [InlineData(2026, 0)]
    [InlineData(2026, 13)]
    [InlineData(1999, 12)]
    [InlineData(2101, 1)]
    public void StoredReport_BadMonth_Refused(int year, int month)
    {
        Assert.Throws<DomainException>(() => new StoredSelfCheckReport(1, "高都镇", year, month, 1, SelfCheckReportTrigger.Monthly, "{}", 0, 0, 0, DateTime.UnixEpoch, "系统", null));
    }

    [Theory]
    [InlineData(0, "{}", "高都镇")]
    [InlineData(1, " ", "高都镇")]
    [InlineData(1, "{}", "")]
    public void StoredReport_Incomplete_Refused(int edition, string snapshot, string unit)
    {
        Assert.Throws<DomainException>(() => new StoredSelfCheckReport(1, unit, 2026, 11, edition, SelfCheckReportTrigger.Monthly, snapshot, 0, 0, 0, DateTime.UnixEpoch, "系统", null));
    }

    [Fact]
    public void Supersede_Twice_SecondRefusedAndFirstKept()
    {
        var report = Report(edition: 1, reason: null);
        var at = new DateTime(2026, 12, 3, 2, 0, 0, DateTimeKind.Utc);
        Assert.True(report.IsCurrent);

        report.Supersede(at, "county");

        Assert.False(report.IsCurrent);
        Assert.Equal((at, "county"), (report.SupersededAt, report.SupersededBy));
        var ex = Assert.Throws<DomainException>(() => report.Supersede(at.AddDays(1), "other"));
        Assert.Equal("高都镇2026年11月自查报告第 1 版已被取代。", ex.Message);
        Assert.Equal((at, "county"), (report.SupersededAt, report.SupersededBy));
    }

    private static StoredSelfCheckReport Report(int edition, string? reason) =>
        new(1, "高都镇", 2026, 11, edition, SelfCheckReportTrigger.OnDemand, "{}", 1, 2, 3, DateTime.UnixEpoch, "county", reason);
}
