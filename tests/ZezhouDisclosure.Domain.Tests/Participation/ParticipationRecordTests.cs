using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Domain.Tests.Participation;

/// <summary>列席 and 访谈 records: what each kind must carry, and publication.</summary>
public class ParticipationRecordTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly DateTime Now = new(2026, 12, 2, 2, 0, 0, DateTimeKind.Utc);

    private static readonly ParticipationRecordContent Meeting = new(
        ParticipationRecordKind.Attendance, " 常务会议 ", Today, " 议题 ", Stakeholders: 2, CitizenRepresentatives: 3, Experts: 1, Media: 1,
        DecisionDocumentId: 5, Guests: "不应保存", Transcript: "不应保存", VideoUrl: "https://v.example/1");

    private static readonly ParticipationRecordContent Interview = new(
        ParticipationRecordKind.OnlineInterview, "在线访谈", Today.AddDays(-3), "主题", Stakeholders: 4, DecisionDocumentId: 5,
        Guests: " 镇长 ", Transcript: " 实录 ", VideoUrl: " https://v.example/2 ");

    [Fact]
    public void Attendance_KeepsTheCountsAndDecision_DropsTheInterviewFields()
    {
        var record = new ParticipationRecord(7, Meeting, Today);

        Assert.Equal((7, "常务会议", "议题", Today), (record.OrganisationId, record.Title, record.Topics, record.HeldOn));
        Assert.Equal((2, 3, 1, 1, 7), (record.Stakeholders, record.CitizenRepresentatives, record.Experts, record.Media, record.Attendees));
        Assert.Equal(5, record.DecisionDocumentId);
        Assert.True(record.IsAttendance);
        Assert.Null(record.Guests);
        Assert.Null(record.Transcript);
        Assert.Null(record.VideoUrl);
        Assert.False(record.IsPublished);
    }

    [Fact]
    public void Interview_KeepsGuestsTranscriptAndVideoTrimmed_DropsTheCountsAndDecision()
    {
        var record = new ParticipationRecord(7, Interview, Today);

        Assert.Equal(("镇长", "实录", "https://v.example/2"), (record.Guests, record.Transcript, record.VideoUrl));
        Assert.Equal(0, record.Attendees);
        Assert.Equal(0, record.Stakeholders);
        Assert.Null(record.DecisionDocumentId);
        Assert.False(record.IsAttendance);
    }

    [Fact]
    public void Interview_VideoOnly_IsAccepted_TranscriptBecomesNull()
    {
        var record = new ParticipationRecord(7, Interview with { Transcript = " " }, Today);

        Assert.Null(record.Transcript);
        Assert.Equal("https://v.example/2", record.VideoUrl);
        Assert.Null(new ParticipationRecord(7, Interview with { VideoUrl = "" }, Today).VideoUrl);
    }

    [Fact]
    public void HeldOn_Today_IsAccepted_Tomorrow_IsRefused()
    {
        Assert.Equal(Today, new ParticipationRecord(7, Meeting with { HeldOn = Today }, Today).HeldOn);
        var ex = Assert.Throws<DomainException>(() => new ParticipationRecord(7, Meeting with { HeldOn = Today.AddDays(1) }, Today));
        Assert.Equal("举行日期不能晚于今天：记录的是已经举行的活动。", ex.Message);
    }

    [Theory]
    [InlineData(1, 0, 0, 0)]
    [InlineData(0, 1, 0, 0)]
    [InlineData(0, 0, 1, 0)]
    [InlineData(0, 0, 0, 1)]
    public void Attendance_OneAttendeeInAnyCategory_IsEnough(int stakeholders, int citizens, int experts, int media) =>
        Assert.Equal(1, new ParticipationRecord(7, Meeting with
        {
            Stakeholders = stakeholders, CitizenRepresentatives = citizens, Experts = experts, Media = media,
        }, Today).Attendees);

    [Fact]
    public void Attendance_Nobody_OrANegativeCount_IsRefused()
    {
        var nobody = Meeting with { Stakeholders = 0, CitizenRepresentatives = 0, Experts = 0, Media = 0 };

        Assert.Equal("列席记录须填写至少一类列席人员的人数。", Assert.Throws<DomainException>(() => new ParticipationRecord(7, nobody, Today)).Message);
        Assert.Equal("列席人数不能为负数。", Assert.Throws<DomainException>(() => new ParticipationRecord(7, Meeting with { Stakeholders = -1 }, Today)).Message);
        Assert.Equal("列席人数不能为负数。", Assert.Throws<DomainException>(() => new ParticipationRecord(7, Meeting with { CitizenRepresentatives = -1 }, Today)).Message);
        Assert.Equal("列席人数不能为负数。", Assert.Throws<DomainException>(() => new ParticipationRecord(7, Meeting with { Experts = -1 }, Today)).Message);
        Assert.Equal("列席人数不能为负数。", Assert.Throws<DomainException>(() => new ParticipationRecord(7, Meeting with { Media = -1, Experts = 5 }, Today)).Message);
    }

    [Fact]
    public void Interview_WithoutGuests_OrWithoutTranscriptAndVideo_IsRefused()
    {
        Assert.Equal("访谈记录须填写嘉宾。", Assert.Throws<DomainException>(() => new ParticipationRecord(7, Interview with { Guests = " " }, Today)).Message);
        Assert.Equal("访谈记录须提供文字实录或视频链接。",
            Assert.Throws<DomainException>(() => new ParticipationRecord(7, Interview with { Transcript = null, VideoUrl = " " }, Today)).Message);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://v.example/1")]
    [InlineData("/relative")]
    public void VideoUrl_NotHttp_IsRefused(string url)
    {
        var ex = Assert.Throws<DomainException>(() => new ParticipationRecord(7, Interview with { VideoUrl = url }, Today));

        Assert.Equal("视频链接须为 http 或 https 网址。", ex.Message);
    }

    [Fact]
    public void VideoUrl_Http_IsAccepted() =>
        Assert.Equal("http://v.example/3", new ParticipationRecord(7, Interview with { VideoUrl = "http://v.example/3" }, Today).VideoUrl);

    [Theory]
    [InlineData(" ", "主题")]
    [InlineData("名称", "")]
    public void TitleOrTopicsMissing_IsRefused(string title, string topics)
    {
        var ex = Assert.Throws<DomainException>(() => new ParticipationRecord(7, Interview with { Title = title, Topics = topics }, Today));

        Assert.Equal("请填写名称和议题（主题）。", ex.Message);
    }

    [Fact]
    public void UnknownKind_IsRefused() =>
        Assert.Equal("记录类型无效。",
            Assert.Throws<DomainException>(() => new ParticipationRecord(7, Interview with { Kind = (ParticipationRecordKind)9 }, Today)).Message);

    [Fact]
    public void Publish_Once_StampsTheTime_Twice_IsRefused()
    {
        var record = new ParticipationRecord(7, Meeting, Today);

        record.Publish(Now);

        Assert.True(record.IsPublished);
        Assert.Equal(Now, record.PublishedAt);
        Assert.Equal("该记录已发布。", Assert.Throws<DomainException>(() => record.Publish(Now)).Message);
    }

    [Fact]
    public void Edit_ChangesKind_AndTheOtherKindsFieldsAreCleared()
    {
        var record = new ParticipationRecord(7, Meeting, Today);

        record.Edit(Interview, Today);

        Assert.Equal(ParticipationRecordKind.OnlineInterview, record.Kind);
        Assert.Equal(0, record.Attendees);
        Assert.Null(record.DecisionDocumentId);
        Assert.Equal("镇长", record.Guests);
    }
}
