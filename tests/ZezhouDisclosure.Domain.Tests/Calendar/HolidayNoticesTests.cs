using ZezhouDisclosure.Domain.Calendar;

namespace ZezhouDisclosure.Domain.Tests.Calendar;

public class HolidayNoticesTests
{
    [Fact]
    public void Owns_NewYearHolidayInLateDecember_BelongsToTheNextYearsNotice()
    {
        var eve = new CalendarDay(new DateOnly(2022, 12, 31), CalendarDayKind.Holiday, "元旦");
        var national = new CalendarDay(new DateOnly(2022, 10, 3), CalendarDayKind.Holiday, "国庆节");

        Assert.True(HolidayNotices.Owns(2023, eve));
        Assert.False(HolidayNotices.Owns(2022, eve));
        Assert.True(HolidayNotices.Owns(2022, national));
    }

    [Fact]
    public void Ranges_ConsecutiveDaysOfOneFestival_FormOneRange()
    {
        var days = HolidayNotices.Expand(
            [new CalendarRange("春节", new DateOnly(2026, 2, 15), new DateOnly(2026, 2, 23))],
            [new CalendarRange("春节", new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 14)), new CalendarRange("春节", new DateOnly(2026, 2, 28), new DateOnly(2026, 2, 28))]);

        Assert.Equal([new CalendarRange("春节", new DateOnly(2026, 2, 15), new DateOnly(2026, 2, 23))], HolidayNotices.Ranges(days, CalendarDayKind.Holiday));
        Assert.Equal(2, HolidayNotices.Ranges(days, CalendarDayKind.MakeUpWorkday).Count);
    }

    [Fact]
    public void Expand_MakeUpWorkdayOnAWeekday_IsRefused()
    {
        Assert.Throws<ZezhouDisclosure.Domain.Common.DomainException>(() =>
            HolidayNotices.Expand([], [new CalendarRange("春节", new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 16))]));
    }
}
