using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Domain.Tests.Catalogues;

public class TimelinessTests
{
    // 2026 National Day: 10-01..10-07 off, Saturday 10-10 worked.
    private static readonly WorkingDayCalendar Calendar = new(
        [2026],
        Enumerable.Range(1, 7).Select(d => new CalendarDay(new DateOnly(2026, 10, d), CalendarDayKind.Holiday, "国庆节"))
            .Append(new CalendarDay(new DateOnly(2026, 10, 10), CalendarDayKind.MakeUpWorkday, "国庆节")));

    [Theory]
    [InlineData("2026-10-20", TimelinessVerdict.OnTime)]
    [InlineData("2026-10-21", TimelinessVerdict.Late)]
    public void Assess_TenWorkingDaysAcrossNationalDay_DeadlineSkipsTheHoliday(string published, TimelinessVerdict verdict)
    {
        var (result, due) = Timeliness.Assess(
            TimeLimitRule.Parse("制定或获取信息之日起10个工作日内"), new DateOnly(2026, 9, 30), DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Calendar);

        Assert.Equal(verdict, result);
        Assert.Equal(new DateOnly(2026, 10, 20), due);
    }

    [Fact]
    public void Assess_WithoutFormationDateOrRule_IsNotAssessable()
    {
        Assert.Equal(TimelinessVerdict.NotAssessable, Timeliness.Assess(TimeLimitRule.Parse("20个工作日内"), null, new DateOnly(2026, 1, 5), Calendar).Verdict);
        Assert.Equal(TimelinessVerdict.NotAssessable, Timeliness.Assess(TimeLimitRule.Parse("同上"), new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), Calendar).Verdict);
    }

    [Fact]
    public void Assess_PublishedOnTheDueDayOfAnImmediateRule_IsOnTime()
    {
        var calendar = new WorkingDayCalendar([2026], []);

        var (verdict, due) = Timeliness.Assess(TimeLimitRule.Immediate, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2), calendar);

        Assert.Equal(TimelinessVerdict.OnTime, verdict);
        Assert.Equal(new DateOnly(2026, 3, 2), due);
        Assert.Equal(TimelinessVerdict.Late, Timeliness.Assess(TimeLimitRule.Immediate, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), calendar).Verdict);
        Assert.Null(Timeliness.Assess(TimeLimitRule.None, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), calendar).DueDate);
    }
}
