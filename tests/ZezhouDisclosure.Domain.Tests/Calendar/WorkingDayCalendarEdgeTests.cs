using ZezhouDisclosure.Domain.Calendar;

namespace ZezhouDisclosure.Domain.Tests.Calendar;

/// <summary>The working-day engine on a small hand-made calendar: 2026-10-01..10-07 off, Saturday 10-10 worked.</summary>
public class WorkingDayCalendarEdgeTests
{
    private static readonly WorkingDayCalendar Calendar = new(
        [2026],
        Enumerable.Range(1, 7).Select(d => new CalendarDay(new DateOnly(2026, 10, d), CalendarDayKind.Holiday, "国庆节"))
            .Append(new CalendarDay(new DateOnly(2026, 10, 10), CalendarDayKind.MakeUpWorkday, "国庆节")));

    private static DateOnly Oct(int day) => new(2026, 10, day);

    [Theory]
    [InlineData(8, 8)] // a working day is its own answer
    [InlineData(1, 8)] // in the holiday: the first day after it
    [InlineData(10, 10)] // the make-up Saturday
    [InlineData(11, 12)] // an ordinary Sunday: the Monday
    public void NextWorkingDayOnOrAfter_GivesTheFirstWorkingDay(int day, int expected) =>
        Assert.Equal(Oct(expected), Calendar.NextWorkingDayOnOrAfter(Oct(day)));

    [Theory]
    [InlineData(9, 12, 2)] // Friday to Monday: the make-up Saturday and the Monday
    [InlineData(9, 10, 1)] // the end day itself counts
    [InlineData(12, 9, 0)] // backwards: none
    [InlineData(9, 9, 0)]
    public void CountWorkingDays_CountsAfterTheStartUpToAndIncludingTheEnd(int from, int to, int expected) =>
        Assert.Equal(expected, Calendar.CountWorkingDays(Oct(from), Oct(to)));

    [Fact]
    public void AddWorkingDays_Zero_IsTheStartDay() => Assert.Equal(Oct(3), Calendar.AddWorkingDays(Oct(3), 0));

    [Fact]
    public void IsWorkingDay_HolidayOnAWeekdayIsNotAndMakeUpSaturdayIs()
    {
        Assert.False(Calendar.IsWorkingDay(Oct(1)));
        Assert.True(Calendar.IsWorkingDay(Oct(10)));
        Assert.False(Calendar.IsWorkingDay(Oct(17)));
        Assert.True(Calendar.IsWorkingDay(Oct(16)));
    }

    [Fact]
    public void LoadedYears_AreTheYearsGiven() => Assert.Equal([2026], Calendar.LoadedYears);

    [Fact]
    public void IsEstimate_OnlyOutsideTheLoadedYears()
    {
        Assert.False(Calendar.IsEstimate(new DateOnly(2026, 1, 1)));
        Assert.True(Calendar.IsEstimate(new DateOnly(2025, 12, 31)));
        Assert.True(Calendar.IsEstimate(new DateOnly(2027, 1, 1)));
    }
}
