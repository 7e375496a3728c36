using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Domain.Tests.Participation;

/// <summary>The feedback's figures: the three outcomes add up to the opinions received, never below those published online.</summary>
public class FeedbackCountsTests
{
    [Fact]
    public void Check_OutcomesAddUp_IsLawful() => Assert.Empty(new FeedbackCounts(10, 4, 3, 3).Check(publishedOnline: 10));

    [Fact]
    public void Check_AllZero_IsLawful() => Assert.Empty(new FeedbackCounts(0, 0, 0, 0).Check(0));

    [Theory]
    [InlineData(10, 4, 3, 2)]
    [InlineData(10, 4, 3, 4)]
    [InlineData(10, 10, 0, 1)]
    [InlineData(10, 0, 1, 10)]
    public void Check_OutcomesDoNotAddUp_SaysTheSum(int received, int adopted, int partly, int not)
    {
        var problem = Assert.Single(new FeedbackCounts(received, adopted, partly, not).Check(0));

        Assert.Equal("Received", problem.Field);
        Assert.Contains($"合计 {adopted + partly + not} 条，与收到的 {received} 条意见不符", problem.Message);
    }

    [Fact]
    public void Check_FewerReceivedThanPublishedOnline_IsRefused()
    {
        var problem = Assert.Single(new FeedbackCounts(2, 1, 1, 0).Check(publishedOnline: 3));

        Assert.Equal("收到意见条数不能少于网上已公开的 3 条意见。", problem.Message);
    }

    [Fact]
    public void Check_ReceivedEqualToPublishedOnline_IsLawful() => Assert.Empty(new FeedbackCounts(3, 1, 1, 1).Check(publishedOnline: 3));

    [Theory]
    [InlineData(-1, 0, 0, 0)]
    [InlineData(0, -1, 0, 1)]
    [InlineData(0, 1, -1, 0)]
    [InlineData(0, 0, 1, -1)]
    public void Check_NegativeFigure_IsRefusedAlone(int received, int adopted, int partly, int not)
    {
        var problem = Assert.Single(new FeedbackCounts(received, adopted, partly, not).Check(0));

        Assert.Equal("意见条数不能为负数。", problem.Message);
    }
}
