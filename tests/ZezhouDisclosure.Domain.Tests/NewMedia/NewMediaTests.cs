using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.NewMedia;

namespace ZezhouDisclosure.Domain.Tests.NewMedia;

public class NewMediaTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static NewMediaAccount Account(string name = "泽州高都镇") =>
        new(7, new NewMediaAccountDetails(NewMediaPlatform.WeChat, name, "gaodu", "张明", Today.AddDays(-100), null), Today);

    [Theory]
    [InlineData("泽州高都镇", "高都镇", true)]
    [InlineData("高都发布", "高都镇", false)]
    [InlineData("泽州县教育局", "泽州县教育局", true)]
    [InlineData("教育局发布", "泽州县教育局", true)]
    [InlineData("泽州教育", "泽州县教育局", false)]
    [InlineData("任意", "", true)]
    public void NameShowsUnit_ByUnitNameOrItWithoutTheCountyPrefix(string account, string unit, bool expected) =>
        Assert.Equal(expected, NewMediaRules.NameShowsUnit(account, unit));

    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    [InlineData(0, false)]
    public void IsStale_AfterTwoWeeks(int daysAgo, bool expected) =>
        Assert.Equal(expected, NewMediaRules.IsStale(Today.AddDays(-daysAgo), Today));

    [Fact]
    public void IsStale_NoPostKnown_IsStale() => Assert.True(NewMediaRules.IsStale(null, Today));

    [Fact]
    public void New_OpenedInTheFuture_Throws() =>
        Assert.Throws<DomainException>(() => new NewMediaAccount(7, new NewMediaAccountDetails(NewMediaPlatform.WeChat, "n", "i", "p", Today.AddDays(1), null), Today));

    [Theory]
    [InlineData("", "i", "p")]
    [InlineData("n", " ", "p")]
    [InlineData("n", "i", "")]
    public void New_MissingDetail_Throws(string name, string id, string person) =>
        Assert.Throws<DomainException>(() => new NewMediaAccount(7, new NewMediaAccountDetails(NewMediaPlatform.WeChat, name, id, person, Today, null), Today));

    [Fact]
    public void Close_WithoutNotice_IsRefused()
    {
        var account = Account();

        var exception = Assert.Throws<DomainException>(() => account.Close(NewMediaAccountStatus.Closed, Today, "  ", Today));

        Assert.Equal("关停或注销账号须填写向公众发布的关停公告（不少于10个字）。", exception.Message);
        Assert.True(account.IsRunning);
    }

    [Fact]
    public void Close_WithNotice_ClosesOnce()
    {
        var account = Account();

        account.Close(NewMediaAccountStatus.Cancelled, Today, "因职能调整，本账号注销，请关注县政府门户网站。", Today);

        Assert.Equal(NewMediaAccountStatus.Cancelled, account.Status);
        Assert.Equal(Today, account.ClosedOn);
        Assert.Throws<DomainException>(() => account.Close(NewMediaAccountStatus.Closed, Today, "因职能调整，本账号注销，请关注县政府门户网站。", Today));
        Assert.Throws<DomainException>(() => account.Edit(new NewMediaAccountDetails(NewMediaPlatform.WeChat, "n", "i", "p", Today, null), Today));
    }

    [Fact]
    public void Close_ToRunningOrInTheFutureOrBeforeOpening_IsRefused()
    {
        var account = Account();
        const string notice = "因职能调整，本账号关停，请关注县政府门户网站。";

        Assert.Throws<DomainException>(() => account.Close(NewMediaAccountStatus.Running, Today, notice, Today));
        Assert.Throws<DomainException>(() => account.Close(NewMediaAccountStatus.Closed, Today.AddDays(1), notice, Today));
        Assert.Throws<DomainException>(() => account.Close(NewMediaAccountStatus.Closed, Today.AddDays(-101), notice, Today));
    }

    [Fact]
    public void WasRunningIn_CountsYearsFromOpeningToClosing()
    {
        var account = Account();
        account.Close(NewMediaAccountStatus.Closed, Today, "因职能调整，本账号关停，请关注县政府门户网站。", Today);

        Assert.True(account.WasRunningIn(2026));
        Assert.False(account.WasRunningIn(2027));
        Assert.False(account.WasRunningIn(2025));
    }

    [Fact]
    public void Check_TakesTheLatestMonthsLastPost()
    {
        var account = Account();
        var october = new NewMediaCheck(account, new DateOnly(2026, 10, 15), Today, Today.AddDays(-20), 5, 5, null, null);
        var september = new NewMediaCheck(account, new DateOnly(2026, 9, 1), Today, Today.AddDays(-50), 0, 0, null, null);

        account.Record(october);
        account.Record(september);

        Assert.Equal(new DateOnly(2026, 10, 1), account.LastCheckedMonth);
        Assert.Equal(Today.AddDays(-20), account.LastPostOn);
        Assert.True(october.WasStale);
    }

    [Fact]
    public void Check_ProblemWithoutRectification_IsRefused() =>
        Assert.Equal(
            "发现问题的，请填写整改情况。",
            Assert.Throws<DomainException>(() => new NewMediaCheck(Account(), new DateOnly(2026, 10, 1), Today, Today, 1, 1, "错别字", null)).Message);

    [Fact]
    public void Check_MoreAnsweredThanReceived_IsRefused() =>
        Assert.Throws<DomainException>(() => new NewMediaCheck(Account(), new DateOnly(2026, 10, 1), Today, Today, 1, 2, null, null));

    [Fact]
    public void Check_FutureMonthOrPostAfterCheck_IsRefused()
    {
        Assert.Throws<DomainException>(() => new NewMediaCheck(Account(), new DateOnly(2026, 12, 1), Today, null, 0, 0, null, null));
        Assert.Throws<DomainException>(() => new NewMediaCheck(Account(), new DateOnly(2026, 10, 1), Today, Today.AddDays(1), 0, 0, null, null));
    }
}
