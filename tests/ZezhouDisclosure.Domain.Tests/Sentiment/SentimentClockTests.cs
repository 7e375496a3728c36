using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Domain.Tests.Sentiment;

public class SentimentClockTests
{
    // Friday 2026-12-04 23:30 Beijing = 15:30 UTC.
    private static readonly DateTime FridayLateNight = new(2026, 12, 4, 15, 30, 0, DateTimeKind.Utc);

    private static SentimentCase Case(SentimentLevel level, DateTime firstSeen) =>
        new("某小区供暖不热", "微博", null, firstSeen, level, leadOrganisationId: 7, [8], "张联络", "李承办", firstSeen.AddMinutes(5));

    [Fact]
    public void ResponseClock_MajorAcrossMidnight_DueTwentyFourHoursLater()
    {
        var clock = Case(SentimentLevel.Major, FridayLateNight).ResponseClock;

        Assert.Equal(FridayLateNight.AddHours(24), clock.DueAt);
        // Saturday 23:29 Beijing: one minute left; the night did not pause the clock.
        Assert.False(clock.IsOverdue(FridayLateNight.AddHours(24).AddMinutes(-1)));
        Assert.Equal("剩余 1 分", clock.Describe(FridayLateNight.AddHours(24).AddMinutes(-1)));
        Assert.True(clock.IsOverdue(FridayLateNight.AddHours(24).AddMinutes(1)));
    }

    [Fact]
    public void ResponseClock_GeneralAcrossWeekend_DoesNotPause()
    {
        var clock = Case(SentimentLevel.General, FridayLateNight).ResponseClock;

        // 48 hours from Friday 23:30 is Sunday 23:30 Beijing, not a working day later.
        Assert.Equal(new DateTime(2026, 12, 6, 15, 30, 0, DateTimeKind.Utc), clock.DueAt);
        Assert.Equal(DayOfWeek.Sunday, ChinaTime.ToBeijing(clock.DueAt).DayOfWeek);
        var mondayMorning = new DateTime(2026, 12, 7, 1, 0, 0, DateTimeKind.Utc); // 09:00 Beijing
        Assert.True(clock.IsOverdue(mondayMorning));
        Assert.Equal("已超期 9 小时 30 分", clock.Describe(mondayMorning));
    }

    [Fact]
    public void Record_FirstResponse_StopsResponseClock()
    {
        var sentiment = Case(SentimentLevel.Major, FridayLateNight);
        sentiment.Record(SentimentEntryKind.Response, "发布情况通报", FridayLateNight.AddHours(20), "县政府办", SentimentResponseKind.OtherChannel, "https://weibo.example/1");

        var clock = sentiment.ResponseClock;
        Assert.False(clock.IsRunning);
        Assert.False(clock.IsOverdue(FridayLateNight.AddDays(10)));
        Assert.Equal("按时完成", clock.Describe(FridayLateNight.AddDays(10)));
        Assert.Empty(sentiment.RunningClocks);
    }

    [Fact]
    public void Record_LateResponse_StaysOverdueAfterStop()
    {
        var sentiment = Case(SentimentLevel.Major, FridayLateNight);
        sentiment.Record(SentimentEntryKind.Response, "发布情况通报", FridayLateNight.AddHours(26), "县政府办", SentimentResponseKind.PressConference, "12月6日新闻发布会");

        Assert.True(sentiment.ResponseClock.IsOverdue(FridayLateNight.AddDays(3)));
        Assert.Equal("超期 2 小时 完成", sentiment.ResponseClock.Describe(FridayLateNight.AddDays(3)));
    }

    [Fact]
    public void Record_VerificationRequest_StartsTwentyFourHourClockUntilFeedback()
    {
        var sentiment = Case(SentimentLevel.General, FridayLateNight);
        var asked = FridayLateNight.AddHours(2);
        sentiment.Record(SentimentEntryKind.VerificationRequest, "请核实供暖温度", asked, "县政府办");

        var clock = Assert.Single(sentiment.RunningClocks, c => c.Name == "核实反馈");
        Assert.Equal(asked.AddHours(24), clock.DueAt);
        Assert.True(sentiment.IsOverdue(asked.AddHours(25)));
        Assert.Throws<DomainException>(() => sentiment.Record(SentimentEntryKind.VerificationRequest, "再次核实", asked.AddHours(1), "县政府办"));

        sentiment.Record(SentimentEntryKind.VerificationFeedback, "已核实", asked.AddHours(23), "高都镇");
        Assert.DoesNotContain(sentiment.RunningClocks, c => c.Name == "核实反馈");
        Assert.Throws<DomainException>(() => sentiment.Record(SentimentEntryKind.VerificationFeedback, "重复", asked.AddHours(24), "高都镇"));
    }

    [Fact]
    public void Constructor_FirstSeenInFuture_Refused()
    {
        var now = FridayLateNight;
        var ex = Assert.Throws<DomainException>(() =>
            new SentimentCase("主题", "来源", null, now.AddMinutes(1), SentimentLevel.Major, 7, [], "张", "李", now));
        Assert.Contains("不能晚于现在", ex.Message);
    }

    [Fact]
    public void Constructor_OtherUnits_LeadKeptOnceAndDuplicatesDropped()
    {
        var sentiment = new SentimentCase("主题", "来源", null, FridayLateNight, SentimentLevel.General, 7, [7, 8, 8, 9], "张", "李", FridayLateNight);

        Assert.Equal(7, sentiment.LeadOrganisationId);
        Assert.Equal([7, 8, 9], sentiment.Units.Select(u => u.OrganisationId));
        Assert.Single(sentiment.Units, u => u.IsLead);
    }

    [Fact]
    public void Record_ResponseWithoutLink_Refused()
    {
        var sentiment = Case(SentimentLevel.Major, FridayLateNight);

        Assert.Throws<DomainException>(() => sentiment.Record(SentimentEntryKind.Response, "回应", FridayLateNight.AddHours(1), "x"));
        Assert.Throws<DomainException>(() => sentiment.Record(SentimentEntryKind.FollowUp, "跟进", FridayLateNight.AddHours(1), "x", SentimentResponseKind.OtherChannel, "https://a"));
        Assert.Null(sentiment.FirstResponseAt);
    }

    [Fact]
    public void Close_BeforeResponse_RefusedThenClosedKeepsTimeline()
    {
        var sentiment = Case(SentimentLevel.Major, FridayLateNight);
        sentiment.Record(SentimentEntryKind.Assessment, "研判为重大", FridayLateNight.AddHours(1), "x");
        Assert.Throws<DomainException>(() => sentiment.Close(FridayLateNight.AddHours(2)));

        sentiment.Record(SentimentEntryKind.Response, "通报", FridayLateNight.AddHours(3), "x", SentimentResponseKind.Document, "12");
        sentiment.Close(FridayLateNight.AddHours(4));

        Assert.True(sentiment.IsClosed);
        Assert.Equal(2, sentiment.Entries.Count);
        Assert.Empty(sentiment.RunningClocks);
        Assert.Throws<DomainException>(() => sentiment.Record(SentimentEntryKind.FollowUp, "跟进", FridayLateNight.AddHours(5), "x", SentimentResponseKind.Document, "13"));
    }

    [Fact]
    public void SetLevel_ToMajor_ShortensResponseClock()
    {
        var sentiment = Case(SentimentLevel.General, FridayLateNight);
        sentiment.SetLevel(SentimentLevel.Major);

        Assert.Equal(FridayLateNight.AddHours(24), sentiment.ResponseClock.DueAt);
    }

    [Theory]
    [InlineData(0, "0 分")]
    [InlineData(59, "59 分")]
    [InlineData(60, "1 小时")]
    [InlineData(61, "1 小时 1 分")]
    [InlineData(1500, "25 小时")]
    public void Hours_Minutes_Written(int minutes, string expected) =>
        Assert.Equal(expected, SentimentClock.Hours(TimeSpan.FromMinutes(minutes)));
}
