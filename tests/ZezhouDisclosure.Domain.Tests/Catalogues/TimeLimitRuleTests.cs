using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Domain.Tests.Catalogues;

public class TimeLimitRuleTests
{
    [Theory]
    [InlineData("信息形成或者变更之日起20个工作日内", TimeLimitKind.WorkingDays, 20)]
    [InlineData("信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。", TimeLimitKind.WorkingDays, 20)]
    [InlineData("制定或获取信息之日起10个工作日内", TimeLimitKind.WorkingDays, 10)]
    [InlineData("10个工作日内，公示7个工作日", TimeLimitKind.WorkingDays, 10)]
    [InlineData("公示7个工作日", TimeLimitKind.NoticePeriod, 7)]
    [InlineData("本级人民代表大会或其常务委员会批准后20日内", TimeLimitKind.CalendarDays, 20)]
    [InlineData("本级政府财政部门批复后20日内", TimeLimitKind.CalendarDays, 20)]
    [InlineData("形成或者变更之日起20个工作日内予以公开", TimeLimitKind.WorkingDays, 20)]
    [InlineData("信息形成或变更之日起3个工作日内", TimeLimitKind.WorkingDays, 3)]
    [InlineData("形成或变更之日起２０个工作日内", TimeLimitKind.WorkingDays, 20)]
    [InlineData("实时公开", TimeLimitKind.Immediate, 0)]
    [InlineData("及时公开", TimeLimitKind.Immediate, 0)]
    [InlineData("同上", TimeLimitKind.None, 0)]
    [InlineData("长期公开", TimeLimitKind.None, 0)]
    [InlineData("", TimeLimitKind.None, 0)]
    public void Parse_StandardWording_GivesRule(string text, TimeLimitKind kind, int days)
    {
        var rule = TimeLimitRule.Parse(text);

        Assert.Equal(new TimeLimitRule(kind, days), rule);
    }

    [Fact]
    public void DueDate_WorkingDaysAcrossNationalDay_SkipsHolidaysAndCountsMakeUpDay()
    {
        // 2026: 10-01..10-07 off, Saturday 10-10 a make-up working day (国办发明电〔2025〕7号).
        var days = Enumerable.Range(1, 7).Select(d => new CalendarDay(new DateOnly(2026, 10, d), CalendarDayKind.Holiday, "国庆节"))
            .Append(new CalendarDay(new DateOnly(2026, 10, 10), CalendarDayKind.MakeUpWorkday, "国庆节"));
        var calendar = new WorkingDayCalendar([2026], days);

        var due = TimeLimitRule.Parse("10个工作日内").DueDate(new DateOnly(2026, 9, 30), calendar);

        // 10-08, 10-09, 10-10 (make-up), 10-12..10-16, 10-19, 10-20.
        Assert.Equal(new DateOnly(2026, 10, 20), due);
    }

    [Fact]
    public void DueDate_CalendarDays_CountsEveryDay()
    {
        var calendar = new WorkingDayCalendar([], []);

        var due = TimeLimitRule.Parse("批准后20日内").DueDate(new DateOnly(2026, 1, 10), calendar);

        Assert.Equal(new DateOnly(2026, 1, 30), due);
    }

    [Fact]
    public void DueDate_NoticePeriodOrNoRule_HasNoDeadline()
    {
        var calendar = new WorkingDayCalendar([], []);

        Assert.Null(TimeLimitRule.Parse("公示7个工作日").DueDate(new DateOnly(2026, 1, 10), calendar));
        Assert.Null(TimeLimitRule.Parse("同上").DueDate(new DateOnly(2026, 1, 10), calendar));
        Assert.Equal(new DateOnly(2026, 1, 10), TimeLimitRule.Parse("实时公开").DueDate(new DateOnly(2026, 1, 10), calendar));
    }
}
