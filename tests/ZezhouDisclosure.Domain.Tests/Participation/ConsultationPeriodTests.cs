using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Domain.Tests.Participation;

/// <summary>The comment period: at least 30 days (both ends counted) or a recorded reason; closing not before opening.</summary>
public class ConsultationPeriodTests
{
    private static readonly DateOnly Opens = new(2026, 12, 1);

    [Fact]
    public void Days_CountsBothEnds()
    {
        Assert.Equal(1, ConsultationPeriod.Days(Opens, Opens));
        Assert.Equal(30, ConsultationPeriod.Days(Opens, new DateOnly(2026, 12, 30)));
    }

    [Fact]
    public void Check_ThirtyDaysWithoutReason_IsLawful()
    {
        Assert.Empty(ConsultationPeriod.Check(Opens, new DateOnly(2026, 12, 30), null));
        Assert.False(ConsultationPeriod.IsShort(Opens, new DateOnly(2026, 12, 30)));
    }

    [Fact]
    public void Check_TwentyNineDaysWithoutReason_AsksForTheReason()
    {
        var problems = ConsultationPeriod.Check(Opens, new DateOnly(2026, 12, 29), "  ");

        var problem = Assert.Single(problems);
        Assert.Equal("ShortPeriodReason", problem.Field);
        Assert.Contains("29 天", problem.Message);
        Assert.Contains("须说明理由", problem.Message);
    }

    [Fact]
    public void Check_ShortPeriodWithReason_IsLawful() =>
        Assert.Empty(ConsultationPeriod.Check(Opens, new DateOnly(2026, 12, 10), "防汛工作紧急，须在汛期前出台"));

    [Fact]
    public void Check_ClosingBeforeOpening_IsRefusedOnTheClosingDate()
    {
        var problem = Assert.Single(ConsultationPeriod.Check(Opens, new DateOnly(2026, 11, 30), "理由"));

        Assert.Equal("ClosesOn", problem.Field);
        Assert.Equal("截止日期不能早于开始日期。", problem.Message);
    }

    [Fact]
    public void Check_MissingDates_NamesEachField()
    {
        var problems = ConsultationPeriod.Check(null, null, null);

        Assert.Equal(["OpensOn", "ClosesOn"], problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(2026, 11, 30, false)]
    [InlineData(2026, 12, 1, true)]
    [InlineData(2026, 12, 30, true)]
    [InlineData(2026, 12, 31, false)]
    public void Contains_IncludesBothEnds(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, ConsultationPeriod.Contains(Opens, new DateOnly(2026, 12, 30), new DateOnly(year, month, day)));

    [Fact]
    public void FeedbackDueOn_IsThirtyDaysAfterClosing() =>
        Assert.Equal(new DateOnly(2027, 1, 29), ConsultationPeriod.FeedbackDueOn(new DateOnly(2026, 12, 30)));

    [Fact]
    public void DayOf_IsTheBeijingDay()
    {
        Assert.Equal(new DateOnly(2026, 12, 31), ConsultationPeriod.DayOf(new DateTime(2026, 12, 31, 15, 59, 59, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2027, 1, 1), ConsultationPeriod.DayOf(new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Utc)));
    }
}
