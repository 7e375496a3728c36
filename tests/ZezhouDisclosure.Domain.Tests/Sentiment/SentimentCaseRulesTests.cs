using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Domain.Tests.Sentiment;

/// <summary>The exact rules of a 舆情 case: construction, the timeline's guards and messages, clocks, closing.</summary>
public class SentimentCaseRulesTests
{
    private const int Lead = 7;
    private const int Other = 8;
    private const int Outsider = 9;
    private static readonly DateTime Seen = new(2026, 12, 4, 15, 30, 0, DateTimeKind.Utc);

    private static SentimentCase Case(SentimentLevel level = SentimentLevel.Major, string? link = null) =>
        new(" 某小区供暖不热 ", " 微博 ", link, Seen, level, Lead, [Other, Lead, Other], " 张联络 ", " 李承办 ", Seen.AddMinutes(5));

    private static void Refused(string expected, Action action) => Assert.Equal(expected, Assert.Throws<DomainException>(action).Message);

    private static SentimentCase Responded()
    {
        var c = Case();
        c.Record(SentimentEntryKind.Response, "发布情况说明", Seen.AddHours(2), "county", SentimentResponseKind.Document, "12");
        return c;
    }

    [Fact]
    public void Constructor_Valid_TrimsAndOpensWithOneLeadUnit()
    {
        var c = Case(link: " https://weibo.example/1 ");

        Assert.Equal("某小区供暖不热", c.Topic);
        Assert.Equal("微博", c.Source);
        Assert.Equal("https://weibo.example/1", c.Link);
        Assert.Equal("张联络", c.LiaisonName);
        Assert.Equal("李承办", c.HandlerName);
        Assert.Equal(Seen, c.FirstSeenAt);
        Assert.Equal(SentimentLevel.Major, c.Level);
        Assert.Equal(SentimentStatus.Open, c.Status);
        Assert.False(c.IsClosed);
        Assert.Equal(Lead, c.LeadOrganisationId);
        Assert.Collection(c.Units, u => { Assert.Equal(Lead, u.OrganisationId); Assert.True(u.IsLead); }, u => { Assert.Equal(Other, u.OrganisationId); Assert.False(u.IsLead); });
        Assert.Null(Case(link: " ").Link);
        Assert.Null(c.VerificationClock);
        Assert.Single(c.RunningClocks);
    }

    [Fact]
    public void Constructor_FirstSeenNow_Accepted_OneTickLater_Refused()
    {
        Assert.Equal(Seen, new SentimentCase("t", "s", null, Seen, SentimentLevel.General, Lead, [], "a", "b", Seen).FirstSeenAt);
        Refused("首次发现时间不能晚于现在。", () => _ = new SentimentCase("t", "s", null, Seen.AddTicks(1), SentimentLevel.General, Lead, [], "a", "b", Seen));
        Assert.Throws<ArgumentNullException>(() => new SentimentCase("t", "s", null, Seen, SentimentLevel.General, Lead, null!, "a", "b", Seen));
    }

    [Theory]
    [InlineData(" ", "微博", "a", "b", "请填写舆情主题和来源。")]
    [InlineData("主题", " ", "a", "b", "请填写舆情主题和来源。")]
    [InlineData("主题", "微博", " ", "b", "请填写联络人和承办人姓名。")]
    [InlineData("主题", "微博", "a", " ", "请填写联络人和承办人姓名。")]
    public void Constructor_MissingFields_RefusedWithMessage(string topic, string source, string liaison, string handler, string expected) =>
        Refused(expected, () => _ = new SentimentCase(topic, source, null, Seen, SentimentLevel.General, Lead, [], liaison, handler, Seen));

    [Fact]
    public void Record_Guards_RefusedWithMessages()
    {
        Refused("请填写记录内容。", () => Case().Record(SentimentEntryKind.Assessment, " ", Seen, "c"));
        Refused("记录时间不能早于首次发现时间。", () => Case().Record(SentimentEntryKind.Assessment, "研判", Seen.AddTicks(-1), "c"));
        Refused("回应和跟进发布须关联公开回应：门户网站发布的文件、新闻发布会记录或其他渠道的链接。",
            () => Case().Record(SentimentEntryKind.Response, "回应", Seen, "c", SentimentResponseKind.Document, " "));
        Refused("回应和跟进发布须关联公开回应：门户网站发布的文件、新闻发布会记录或其他渠道的链接。",
            () => Case().Record(SentimentEntryKind.FollowUp, "跟进", Seen, "c", null, "12"));
        Refused("尚未首次回应，请先登记回应。", () => Case().Record(SentimentEntryKind.FollowUp, "跟进", Seen, "c", SentimentResponseKind.PressConference, "发布会"));
        Refused("没有待反馈的核实要求。", () => Case().Record(SentimentEntryKind.VerificationFeedback, "反馈", Seen, "c"));
    }

    [Fact]
    public void Record_AtFirstSeen_Accepted_AndTheEntryKeepsItsFields()
    {
        var c = Case();

        c.Record(SentimentEntryKind.Assessment, " 研判为一般 ", Seen, "county", SentimentResponseKind.OtherChannel, "ignored");

        var entry = Assert.Single(c.Entries);
        Assert.Equal(SentimentEntryKind.Assessment, entry.Kind);
        Assert.Equal("研判为一般", entry.Text);
        Assert.Equal(Seen, entry.At);
        Assert.Equal("county", entry.By);
        Assert.Null(entry.ResponseKind);
        Assert.Null(entry.Reference);
    }

    [Fact]
    public void Record_Response_KeepsTheLinkedPublicResponse_FirstOnlyStopsTheClock()
    {
        var c = Responded();
        c.Record(SentimentEntryKind.Response, "再次回应", Seen.AddHours(30), "county", SentimentResponseKind.OtherChannel, " https://x.example ");
        c.Record(SentimentEntryKind.FollowUp, "跟进发布", Seen.AddHours(31), "county", SentimentResponseKind.PressConference, "新闻发布会");

        Assert.Equal(Seen.AddHours(2), c.FirstResponseAt);
        Assert.False(c.ResponseClock.IsRunning);
        Assert.False(c.IsOverdue(Seen.AddDays(5)));
        Assert.Equal(SentimentResponseKind.OtherChannel, c.Entries[1].ResponseKind);
        Assert.Equal("https://x.example", c.Entries[1].Reference);
        Assert.Equal(3, c.Entries.Count);
        Assert.Empty(c.RunningClocks);
    }

    [Fact]
    public void Verification_RequestTwiceRefused_FeedbackStops_ThenANewRequestRestarts()
    {
        var c = Responded();
        c.Record(SentimentEntryKind.VerificationRequest, "请核实", Seen.AddHours(3), "county");
        Refused("上一次核实要求尚未反馈。", () => c.Record(SentimentEntryKind.VerificationRequest, "再请核实", Seen.AddHours(4), "county"));
        Assert.Equal(Seen.AddHours(27), c.VerificationClock!.DueAt);
        Assert.True(c.IsOverdue(Seen.AddHours(27).AddMinutes(1)));
        Assert.False(c.IsOverdue(Seen.AddHours(27)));

        c.Record(SentimentEntryKind.VerificationFeedback, "已核实", Seen.AddHours(5), "gaodu");

        Assert.Equal(Seen.AddHours(5), c.VerificationAnsweredAt);
        Assert.False(c.VerificationClock!.IsRunning);
        Refused("没有待反馈的核实要求。", () => c.Record(SentimentEntryKind.VerificationFeedback, "再反馈", Seen.AddHours(6), "gaodu"));
        c.Record(SentimentEntryKind.VerificationRequest, "第二次核实", Seen.AddHours(7), "county");
        Assert.Equal(Seen.AddHours(7), c.VerificationRequestedAt);
        Assert.Null(c.VerificationAnsweredAt);
        Assert.True(c.VerificationClock!.IsRunning);
    }

    [Fact]
    public void RecordVerificationFeedback_AResponsibleUnit_Recorded_AnOutsider_Refused()
    {
        var c = Responded();
        c.Record(SentimentEntryKind.VerificationRequest, "请核实", Seen.AddHours(3), "county");
        Refused("只有该舆情的责任单位可以反馈核实情况。", () => c.RecordVerificationFeedback(Outsider, "冒充", Seen.AddHours(4), "x"));
        Assert.Null(c.VerificationAnsweredAt);

        c.RecordVerificationFeedback(Other, " 配合单位已核实 ", Seen.AddHours(4), "jyj");

        Assert.Equal(Seen.AddHours(4), c.VerificationAnsweredAt);
        Assert.Equal(SentimentEntryKind.VerificationFeedback, c.Entries[^1].Kind);
        Assert.Equal("配合单位已核实", c.Entries[^1].Text);
        Assert.Equal("jyj", c.Entries[^1].By);
    }

    [Fact]
    public void Close_Guards_ThenClosedRefusesEveryChange()
    {
        Refused("尚未公开回应，不能办结。", () => Case().Close(Seen));
        var c = Responded();
        c.Record(SentimentEntryKind.VerificationRequest, "请核实", Seen.AddHours(3), "county");
        Refused("核实要求尚未反馈，不能办结。", () => c.Close(Seen.AddHours(4)));
        c.Record(SentimentEntryKind.VerificationFeedback, "已核实", Seen.AddHours(5), "gaodu");

        c.Close(Seen.AddHours(6));

        Assert.Equal(SentimentStatus.Closed, c.Status);
        Assert.True(c.IsClosed);
        Assert.Equal(Seen.AddHours(6), c.ClosedAt);
        Assert.Empty(c.RunningClocks);
        Assert.Equal(3, c.Entries.Count);
        Refused("该舆情已办结，不能再修改。", () => c.Close(Seen.AddHours(7)));
        Refused("该舆情已办结，不能再修改。", () => c.SetLevel(SentimentLevel.General));
        Refused("该舆情已办结，不能再修改。", () => c.Record(SentimentEntryKind.Assessment, "x", Seen.AddHours(7), "c"));
    }

    [Fact]
    public void SetLevel_General_LengthensTheResponseClockToFortyEightHours()
    {
        var c = Case();
        c.SetLevel(SentimentLevel.General);
        Assert.Equal(SentimentLevel.General, c.Level);
        Assert.Equal(Seen.AddHours(48), c.ResponseClock.DueAt);
        Assert.Equal("首次回应", c.ResponseClock.Name);
        Assert.False(c.IsOverdue(Seen.AddHours(48)));
        Assert.True(c.IsOverdue(Seen.AddHours(48).AddTicks(1)));
    }
}
