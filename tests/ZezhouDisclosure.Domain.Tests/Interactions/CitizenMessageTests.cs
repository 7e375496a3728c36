using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Domain.Tests.Interactions;

public class CitizenMessageTests
{
    private const int CountyOffice = 1;
    private const int Gaodu = 7;
    private const int Education = 8;

    // Friday 2026-12-04.
    private static readonly DateOnly Friday = new(2026, 12, 4);
    private static readonly DateTime At = new(2026, 12, 4, 2, 0, 0, DateTimeKind.Utc);

    private static CitizenMessage Message(MessageCategory category = MessageCategory.Consultation, bool consent = true, DateOnly? dueOn = null) =>
        new("LY202612040001", category == MessageCategory.SiteError ? MessageKind.ErrorReport : MessageKind.Enquiry, category,
            CountyOffice, Gaodu, "供暖何时开始", "请问今年何时供暖？", "张三", "13812341234", null, null, consent, At, Friday,
            dueOn ?? new WorkingDayCalendar([], []).AddWorkingDays(Friday, 5), "k1");

    [Fact]
    public void Deadline_FiveWorkingDaysFromFriday_IsNextFriday()
    {
        var calendar = new WorkingDayCalendar([], []);
        Assert.Equal(new DateOnly(2026, 12, 11), calendar.AddWorkingDays(Friday, new MessageDeadlines().WorkingDaysFor(MessageCategory.Consultation)));
        Assert.Equal(new DateOnly(2026, 12, 7), calendar.AddWorkingDays(Friday, new MessageDeadlines().WorkingDaysFor(MessageCategory.SiteError)));
    }

    [Fact]
    public void Route_ThenTransfer_KeepsOneClockAndRecordsMoves()
    {
        var message = Message();
        var due = message.DueOn;

        message.Route(Gaodu, At.AddHours(1), "county", "属高都镇职责");
        message.Route(Education, At.AddHours(2), "gaodu", "涉及学校供暖");

        Assert.Equal(Education, message.OrganisationId);
        Assert.Equal(MessageStatus.Assigned, message.Status);
        Assert.Equal(due, message.DueOn);
        Assert.Collection(
            message.Routings,
            r => { Assert.Null(r.FromOrganisationId); Assert.Equal(Gaodu, r.ToOrganisationId); },
            r => { Assert.Equal(Gaodu, r.FromOrganisationId); Assert.Equal(Education, r.ToOrganisationId); Assert.Equal("涉及学校供暖", r.Note); });
    }

    [Fact]
    public void Route_ToUnitAlreadyHolding_Refused()
    {
        var message = Message();
        message.Route(Gaodu, At, "county", null);

        Assert.Throws<DomainException>(() => message.Route(Gaodu, At, "county", null));
    }

    [Fact]
    public void Answer_BeforeRouting_Refused()
    {
        var ex = Assert.Throws<DomainException>(() => Message().Answer("答复", Gaodu, "gaodu", At, Friday));
        Assert.Contains("尚未分办", ex.Message);
    }

    [Fact]
    public void Answer_ClosedCase_RefusedWithReason()
    {
        var message = Message();
        message.Route(Gaodu, At, "county", null);
        message.Answer("12月1日起供暖。", Gaodu, "gaodu", At.AddHours(3), Friday);

        var ex = Assert.Throws<DomainException>(() => message.Answer("再答复", Gaodu, "gaodu", At, Friday));
        Assert.Contains("已答复办结", ex.Message);
        Assert.Throws<DomainException>(() => message.Route(Education, At, "county", null));
        Assert.Equal(Friday, message.ClosedOn);
        Assert.Equal(Gaodu, message.AnsweredByOrganisationId);
    }

    [Fact]
    public void Publish_WithoutConsent_Refused()
    {
        var message = Message(consent: false);
        message.Route(Gaodu, At, "county", null);
        message.Answer("答复", Gaodu, "gaodu", At, Friday);

        Assert.False(message.CanPublish);
        var ex = Assert.Throws<DomainException>(() => message.Publish(At));
        Assert.Contains("不同意公开", ex.Message);
    }

    [Fact]
    public void Publish_AnsweredWithConsent_PublishedOnce()
    {
        var message = Message();
        Assert.Throws<DomainException>(() => message.Publish(At));
        message.Route(Gaodu, At, "county", null);
        message.Answer("答复", Gaodu, "gaodu", At, Friday);

        message.Publish(At.AddHours(1));

        Assert.True(message.IsPublished);
        Assert.Throws<DomainException>(() => message.Publish(At.AddHours(2)));
    }

    [Fact]
    public void Reject_NeedsReasonAndOnlyBeforeRouting()
    {
        var message = Message();
        Assert.Throws<DomainException>(() => message.Reject(" ", Friday));
        message.Reject("广告信息", Friday);
        Assert.Equal(MessageStatus.Rejected, message.Status);

        var routed = Message();
        routed.Route(Gaodu, At, "county", null);
        Assert.Throws<DomainException>(() => routed.Reject("广告", Friday));
    }

    [Fact]
    public void MergeInto_Itself_Refused()
    {
        var message = Message();
        Assert.Throws<DomainException>(() => message.MergeInto(message, Friday));
    }

    [Fact]
    public void Overdue_AfterDueDayAndVetoAfterThreeMonths()
    {
        var message = Message();

        Assert.False(message.IsOverdue(message.DueOn));
        Assert.True(message.IsOverdue(message.DueOn.AddDays(1)));
        Assert.False(message.IsUnansweredPastVetoLimit(Friday.AddMonths(3)));
        Assert.True(message.IsUnansweredPastVetoLimit(Friday.AddMonths(3).AddDays(1)));

        message.Route(Gaodu, At, "county", null);
        message.Answer("答复", Gaodu, "gaodu", At, Friday.AddMonths(4));
        Assert.False(message.IsOverdue(Friday.AddMonths(5)));
        Assert.False(message.IsUnansweredPastVetoLimit(Friday.AddMonths(5)));
    }

    [Fact]
    public void Constructor_SiteErrorThroughEnquiryEntry_Refused() =>
        Assert.Throws<DomainException>(() => new CitizenMessage(
            "LY202612040001", MessageKind.Enquiry, MessageCategory.SiteError, CountyOffice, null, "t", "c", null, null, null, null, false, At, Friday, Friday, "k"));

    [Fact]
    public void Anonymise_RemovesContactKeepsAnswer()
    {
        var message = Message();
        message.Anonymise();

        Assert.True(message.IsAnonymised);
        Assert.Null(message.Phone);
        Assert.Equal("请问今年何时供暖？", message.Content);
    }

    [Theory]
    [InlineData("请拨打13812341234联系", "手机号码 138****1234")]
    [InlineData("身份证110101199003077777已核", "身份证号码 1101**********7777")]
    [InlineData("电话0356-3021234", "电话号码 ********1234")]
    public void PersonalDataScan_FindsNumbers(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(PersonalDataScan.Find(text)));

    [Theory]
    [InlineData("请拨打12345热线")]
    [InlineData("文号泽政办发〔2026〕12号")]
    [InlineData("")]
    public void PersonalDataScan_CleanText_FindsNothing(string text) => Assert.Empty(PersonalDataScan.Find(text));

    [Theory]
    [InlineData(MessageKind.Enquiry, "LY202612040007")]
    [InlineData(MessageKind.ErrorReport, "ZC202612040007")]
    public void MessageNumber_Format_ValidAndNormalised(MessageKind kind, string expected)
    {
        Assert.Equal(expected, MessageNumber.Format(kind, Friday, 7));
        Assert.True(MessageNumber.IsValid(MessageNumber.Normalise(" ly 2026 1204 0007 ".Replace("ly", kind == MessageKind.Enquiry ? "ly" : "zc", StringComparison.Ordinal))));
        Assert.False(MessageNumber.IsValid("YSQ202612040007"));
    }
}
