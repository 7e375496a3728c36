using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Domain.Tests.Catalogues;

/// <summary>How a 公开时限 rule is shown, and the 同上 wording of published catalogues.</summary>
public class TimeLimitRuleWordingTests
{
    [Theory]
    [InlineData("实时公开", "即时")]
    [InlineData("20个工作日内", "20个工作日")]
    [InlineData("批准后20日内", "20日（自然日）")]
    [InlineData("公示7个工作日", "公示7个工作日")]
    [InlineData("长期公开", "无可计算规则")]
    public void Describe_EachKind_SaysHowItIsCounted(string wording, string expected) =>
        Assert.Equal(expected, TimeLimitRule.Parse(wording).Describe());

    [Theory]
    [InlineData("同上", true)]
    [InlineData(" 同上 ", true)]
    [InlineData("同上。", false)]
    [InlineData("20个工作日内", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsSameAsAbove_OnlyTheWordItself(string? wording, bool expected) =>
        Assert.Equal(expected, TimeLimitRule.IsSameAsAbove(wording));

    [Theory]
    [InlineData(" 20 个 工作日内 ", TimeLimitKind.WorkingDays, 20)] // spaces as typed
    [InlineData("１９个工作日内", TimeLimitKind.WorkingDays, 19)] // full-width digits up to ９
    [InlineData("公示5个工作日，公示期满后10日内", TimeLimitKind.CalendarDays, 10)] // a deadline wins over the notice period
    [InlineData("　", TimeLimitKind.None, 0)]
    [InlineData(null, TimeLimitKind.None, 0)]
    public void Parse_TypedVariants_GiveTheRule(string? wording, TimeLimitKind kind, int days) =>
        Assert.Equal(new TimeLimitRule(kind, days), TimeLimitRule.Parse(wording));

    [Fact]
    public void Parse_NamedRules_AreTheSharedInstances()
    {
        Assert.Same(TimeLimitRule.None, TimeLimitRule.Parse("同上"));
        Assert.Same(TimeLimitRule.Immediate, TimeLimitRule.Parse("及时公开"));
        Assert.Equal(new TimeLimitRule(TimeLimitKind.None, 0), TimeLimitRule.None);
        Assert.Equal(new TimeLimitRule(TimeLimitKind.Immediate, 0), TimeLimitRule.Immediate);
    }

    [Fact]
    public void DueDate_ZeroWorkingDays_IsTheDayItself()
    {
        var calendar = new WorkingDayCalendar([2026], []);

        Assert.Equal(new DateOnly(2026, 3, 7), new TimeLimitRule(TimeLimitKind.WorkingDays, 0).DueDate(new DateOnly(2026, 3, 7), calendar));
        Assert.Equal(new DateOnly(2026, 3, 9), new TimeLimitRule(TimeLimitKind.WorkingDays, 1).DueDate(new DateOnly(2026, 3, 7), calendar));
    }
}
