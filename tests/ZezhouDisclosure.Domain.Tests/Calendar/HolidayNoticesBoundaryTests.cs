using ZezhouDisclosure.Domain.Calendar;

namespace ZezhouDisclosure.Domain.Tests.Calendar;

/// <summary>Which notice a late-December holiday belongs to, and ranges back from stored days.</summary>
public class HolidayNoticesBoundaryTests
{
    private static CalendarDay Holiday(int year, int month, int day, string name = "元旦") =>
        new(new DateOnly(year, month, day), CalendarDayKind.Holiday, name);

    [Fact]
    public void FirstDay_IsThreeDaysBeforeFirstJanuary()
    {
        Assert.Equal(3, HolidayNotices.NewYearLeadDays);
        Assert.Equal(new DateOnly(2022, 12, 29), HolidayNotices.FirstDay(2023));
    }

    [Theory]
    [InlineData(29, 2023)] // the first day the next year's notice may name
    [InlineData(28, 2022)] // one day earlier: still this year's
    public void Owns_HolidayAtTheLeadBoundary_BelongsToTheRightNotice(int december, int year)
    {
        var day = Holiday(2022, 12, december);

        Assert.True(HolidayNotices.Owns(year, day));
        Assert.False(HolidayNotices.Owns(year == 2023 ? 2022 : 2023, day));
    }

    [Fact]
    public void Owns_MakeUpWorkdayInLateDecember_StaysWithItsOwnYear()
    {
        var saturday = new CalendarDay(new DateOnly(2022, 12, 31), CalendarDayKind.MakeUpWorkday, "元旦");

        Assert.True(HolidayNotices.Owns(2022, saturday));
        Assert.False(HolidayNotices.Owns(2023, saturday));
    }

    [Fact]
    public void Expand_TrimsNamesAndGivesEveryDayOfEachRangeWithItsKind()
    {
        var days = HolidayNotices.Expand(
            [new CalendarRange(" 国庆节 ", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 3))],
            [new CalendarRange(" 国庆节 ", new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 10))]);

        Assert.Equal(
            [
                (new DateOnly(2026, 10, 1), CalendarDayKind.Holiday, "国庆节"),
                (new DateOnly(2026, 10, 2), CalendarDayKind.Holiday, "国庆节"),
                (new DateOnly(2026, 10, 3), CalendarDayKind.Holiday, "国庆节"),
                (new DateOnly(2026, 10, 10), CalendarDayKind.MakeUpWorkday, "国庆节"),
            ],
            days.Select(d => (d.Date, d.Kind, d.Name)));
    }

    [Fact]
    public void Ranges_GapOrAnotherFestival_StartsANewRange()
    {
        var days = new[]
        {
            Holiday(2026, 10, 3, "国庆节"), Holiday(2026, 10, 1, "国庆节"), Holiday(2026, 10, 2, "中秋节"), Holiday(2026, 10, 5, "国庆节"),
            new CalendarDay(new DateOnly(2026, 10, 10), CalendarDayKind.MakeUpWorkday, "国庆节"),
        };

        Assert.Equal(
            [
                new CalendarRange("国庆节", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 1)),
                new CalendarRange("中秋节", new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 2)),
                new CalendarRange("国庆节", new DateOnly(2026, 10, 3), new DateOnly(2026, 10, 3)),
                new CalendarRange("国庆节", new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 5)),
            ],
            HolidayNotices.Ranges(days, CalendarDayKind.Holiday));
    }

    [Fact]
    public void Ranges_ConsecutiveDaysGivenOutOfOrder_FormOneRange()
    {
        var days = new[] { Holiday(2026, 10, 2, "国庆节"), Holiday(2026, 10, 1, "国庆节"), Holiday(2026, 10, 3, "国庆节") };

        Assert.Equal([new CalendarRange("国庆节", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 3))], HolidayNotices.Ranges(days, CalendarDayKind.Holiday));
    }
}
