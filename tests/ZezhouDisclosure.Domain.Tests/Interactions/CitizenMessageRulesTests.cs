using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Domain.Tests.Interactions;

/// <summary>The exact rules of a 留言 case: construction, each step's guard and message, and the state it leaves.</summary>
public class CitizenMessageRulesTests
{
    private const int CountyOffice = 1;
    private const int Gaodu = 7;
    private const int Bagong = 9;
    private static readonly DateOnly Friday = new(2026, 12, 4);
    private static readonly DateOnly NextFriday = new(2026, 12, 11);
    private static readonly DateTime At = new(2026, 12, 4, 2, 0, 0, DateTimeKind.Utc);

    private static CitizenMessage New(
        string number = "LY202612040001", MessageKind kind = MessageKind.Enquiry, MessageCategory category = MessageCategory.Consultation,
        string title = " 供暖何时开始 ", string content = " 请问今年何时供暖？ ", string? name = " 张三 ", string? phone = " 13812341234 ",
        string? email = "  ", string? pageUrl = null, bool consent = true, DateOnly? dueOn = null, int id = 0)
    {
        var message = new CitizenMessage(number, kind, category, CountyOffice, Gaodu, title, content, name, phone, email, pageUrl, consent, At, Friday,
            dueOn ?? NextFriday, "key");
        if (id != 0)
        {
            typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(message, id);
        }

        return message;
    }

    private static CitizenMessage Assigned(bool consent = true, int id = 0)
    {
        var message = New(consent: consent, id: id);
        message.Route(Gaodu, At, "county", null);
        return message;
    }

    private static CitizenMessage AnsweredMessage(bool consent = true)
    {
        var message = Assigned(consent);
        message.Answer("答复", Gaodu, "gaodu", At, Friday);
        return message;
    }

    private static void Refused(string expected, Action action) => Assert.Equal(expected, Assert.Throws<DomainException>(action).Message);

    [Fact]
    public void Constructor_Valid_TrimsAndCleansAndStartsReceived()
    {
        var message = New(pageUrl: " ");

        Assert.Equal("LY202612040001", message.Number);
        Assert.Equal("供暖何时开始", message.Title);
        Assert.Equal("请问今年何时供暖？", message.Content);
        Assert.Equal("张三", message.Name);
        Assert.Equal("13812341234", message.Phone);
        Assert.Null(message.Email);
        Assert.Null(message.PageUrl);
        Assert.Equal(CountyOffice, message.OrganisationId);
        Assert.Equal(Gaodu, message.AddressedOrganisationId);
        Assert.True(message.PublicationConsent);
        Assert.Equal(At, message.ReceivedAt);
        Assert.Equal(Friday, message.ReceivedOn);
        Assert.Equal(NextFriday, message.DueOn);
        Assert.Equal("key", message.SubmissionKey);
        Assert.Equal(MessageKind.Enquiry, message.Kind);
        Assert.Equal(MessageCategory.Consultation, message.Category);
        Assert.Equal(MessageStatus.Received, message.Status);
        Assert.False(message.IsClosed);
        Assert.False(message.IsPublished);
        Assert.False(message.IsAnonymised);
        Assert.False(message.IsTransferRequested);
        Assert.Null(message.ClosedOn);
        Assert.Empty(message.Routings);
        Assert.True(message.CanRoute);
        Assert.True(message.CanTriage);
        Assert.False(message.CanAnswer);
        Assert.False(message.CanPublish);
    }

    [Fact]
    public void Constructor_ErrorReport_KeepsThePage() =>
        Assert.Equal("/xxgk/doc/1", New("ZC202612040001", MessageKind.ErrorReport, MessageCategory.SiteError, pageUrl: " /xxgk/doc/1 ").PageUrl);

    [Fact]
    public void Constructor_BadNumber_Refused() => Refused("留言编号格式不正确。", () => New("YSQ202612040001"));

    [Theory]
    [InlineData(" ", "内容")]
    [InlineData("标题", " ")]
    public void Constructor_BlankTitleOrContent_Refused(string title, string content) =>
        Refused("标题和内容不能为空。", () => New(title: title, content: content));

    [Theory]
    [InlineData(MessageKind.Enquiry, MessageCategory.SiteError)]
    [InlineData(MessageKind.ErrorReport, MessageCategory.Consultation)]
    public void Constructor_KindAndCategoryMismatch_Refused(MessageKind kind, MessageCategory category) =>
        Refused("网站纠错只能通过“我为政府网站找错”提交。", () => New(kind: kind, category: category));

    [Fact]
    public void Constructor_DueBeforeReceived_Refused_DueOnTheSameDayAllowed()
    {
        Refused("答复期限不能早于收到之日。", () => New(dueOn: Friday.AddDays(-1)));
        Assert.Equal(Friday, New(dueOn: Friday).DueOn);
    }

    [Fact]
    public void IssueQueryCode_KeepsTheHash()
    {
        var message = New();
        message.IssueQueryCode("hash");
        Assert.Equal("hash", message.QueryCodeHash);
    }

    [Fact]
    public void Route_FirstFromTheQueue_RecordsWhoWhenAndCleanNote()
    {
        var message = New();

        message.Route(Gaodu, At.AddHours(1), "county", "  ");

        var routing = Assert.Single(message.Routings);
        Assert.Null(routing.FromOrganisationId);
        Assert.Equal(Gaodu, routing.ToOrganisationId);
        Assert.Equal(At.AddHours(1), routing.At);
        Assert.Equal("county", routing.By);
        Assert.Null(routing.Note);
        Assert.Equal(MessageStatus.Assigned, message.Status);
        Assert.True(message.CanRoute);
        Assert.False(message.CanTriage);
        Assert.True(message.CanAnswer);
        var noted = New();
        noted.Route(Gaodu, At, "c", " 备注 ");
        Assert.Equal("备注", noted.Routings[0].Note);
    }

    [Fact]
    public void Route_ToTheHoldingUnit_RefusedWithMessage() =>
        Refused("留言已由该单位办理，请选择其他单位转办。", () => Assigned().Route(Gaodu, At, "county", null));

    [Fact]
    public void Route_FromTheQueueToTheCountyOffice_Accepted()
    {
        var message = New();
        message.Route(CountyOffice, At, "county", null);
        Assert.Equal(CountyOffice, message.OrganisationId);
        Assert.Equal(MessageStatus.Assigned, message.Status);
    }

    [Fact]
    public void Reject_Received_ClosesWithTrimmedReason()
    {
        var message = New();

        message.Reject(" 广告信息 ", Friday);

        Assert.Equal("广告信息", message.RejectionReason);
        Assert.Equal(MessageStatus.Rejected, message.Status);
        Assert.Equal(Friday, message.ClosedOn);
        Assert.True(message.IsClosed);
        Assert.False(message.CanRoute);
        Refused("该留言已作不予受理处理。", () => message.Reject("再次", Friday));
        Refused("该留言已作不予受理处理。", () => message.Route(Gaodu, At, "c", null));
    }

    [Fact]
    public void Reject_Assigned_RefusedWithMessage_BlankReasonRefused()
    {
        Refused("留言已分办，不能再作为无效留言处理。", () => Assigned().Reject("广告", Friday));
        Refused("请填写不予受理的理由。", () => New().Reject(" ", Friday));
    }

    [Fact]
    public void MergeInto_AnotherValidMessage_ClosesAsMerged()
    {
        var message = New(id: 1);
        var target = New(id: 2);

        message.MergeInto(target, Friday);

        Assert.Equal(2, message.MergedIntoId);
        Assert.Equal(MessageStatus.Merged, message.Status);
        Assert.Equal(Friday, message.ClosedOn);
        Assert.True(message.IsClosed);
        Refused("该留言已合并到其他留言。", () => message.MergeInto(New(id: 3), Friday));
        Refused("该留言已合并到其他留言。", () => message.Answer("x", Gaodu, "g", At, Friday));
    }

    [Fact]
    public void MergeInto_AssignedMessage_Allowed()
    {
        var message = Assigned(id: 1);
        message.MergeInto(New(id: 2), Friday);
        Assert.Equal(MessageStatus.Merged, message.Status);
    }

    [Fact]
    public void MergeInto_ItselfOrAClosedDuplicate_Refused()
    {
        Assert.Throws<ArgumentNullException>(() => New(id: 1).MergeInto(null!, Friday));
        Refused("只能合并到另一条有效的留言。", () => New(id: 1).MergeInto(New(id: 1), Friday));
        var merged = New(id: 2);
        merged.MergeInto(New(id: 3), Friday);
        Refused("只能合并到另一条有效的留言。", () => New(id: 1).MergeInto(merged, Friday));
        var rejected = New(id: 4);
        rejected.Reject("广告", Friday);
        Refused("只能合并到另一条有效的留言。", () => New(id: 1).MergeInto(rejected, Friday));
        var answered = AnsweredMessage();
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(answered, 5);
        New(id: 1).MergeInto(answered, Friday);
    }

    [Fact]
    public void Answer_Assigned_RecordsEverythingAndCloses()
    {
        var message = Assigned();

        message.Answer(" 12月1日起供暖。 ", Gaodu, "gaodu", At.AddHours(3), NextFriday);

        Assert.Equal("12月1日起供暖。", message.Reply);
        Assert.Equal(At.AddHours(3), message.RepliedAt);
        Assert.Equal("gaodu", message.RepliedBy);
        Assert.Equal(NextFriday, message.AnsweredOn);
        Assert.Equal(NextFriday, message.ClosedOn);
        Assert.Equal(Gaodu, message.AnsweredByOrganisationId);
        Assert.Equal(MessageStatus.Answered, message.Status);
        Assert.True(message.IsClosed);
        Assert.False(message.CanAnswer);
        Assert.False(message.CanRoute);
        Assert.True(message.CanPublish);
    }

    [Fact]
    public void Answer_BlankOrBeforeRouting_RefusedWithMessages()
    {
        Refused("答复内容不能为空。", () => Assigned().Answer(" ", Gaodu, "g", At, Friday));
        Refused("留言尚未分办，请先分办或受理。", () => New().Answer("x", Gaodu, "g", At, Friday));
        Refused("该留言已答复办结，不能再办理。", () => AnsweredMessage().Answer("x", Gaodu, "g", At, Friday));
    }

    [Fact]
    public void Publish_EachRefusalHasItsMessage_AndPublishingRecordsTheTime()
    {
        Refused("只有已答复的留言可以公开。", () => Assigned().Publish(At));
        Refused("留言人不同意公开，不能公开。", () => AnsweredMessage(consent: false).Publish(At));
        var message = AnsweredMessage();

        message.Publish(At.AddHours(5));

        Assert.True(message.IsPublished);
        Assert.Equal(At.AddHours(5), message.PublishedAt);
        Assert.False(message.CanPublish);
        Refused("该答复已经公开。", () => message.Publish(At));
    }

    [Fact]
    public void Withdraw_PublishedAnswer_LeavesThePublicSite_KeepsWhenItWasPublished_AndCanBePublishedAgain()
    {
        var message = AnsweredMessage();
        Assert.False(message.CanWithdraw);
        Assert.False(message.IsWithdrawn);
        Refused("该答复未公开，不能撤回公开。", () => message.Withdraw("理由", consentWithdrawn: false));
        message.Publish(At);
        Assert.True(message.CanWithdraw);
        Refused("请填写撤回公开的理由。", () => message.Withdraw(" ", consentWithdrawn: false));
        Assert.True(message.IsPublished);

        message.Withdraw("发现个人信息", consentWithdrawn: false);

        Assert.False(message.IsPublished);
        Assert.True(message.IsWithdrawn);
        Assert.False(message.CanWithdraw);
        Assert.Equal(At, message.PublishedAt);
        Assert.True(message.PublicationConsent);
        Assert.True(message.CanPublish);
        Refused("该答复未公开，不能撤回公开。", () => message.Withdraw("再次", consentWithdrawn: false));

        message.Publish(At.AddDays(2));

        Assert.True(message.IsPublished);
        Assert.False(message.IsWithdrawn);
        Assert.Equal(At.AddDays(2), message.PublishedAt);
    }

    [Fact]
    public void Withdraw_CitizenWithdrewConsent_NeverPublishedAgain()
    {
        var message = AnsweredMessage();
        message.Publish(At);

        message.Withdraw("留言人要求不公开", consentWithdrawn: true);

        Assert.False(message.PublicationConsent);
        Assert.False(message.CanPublish);
        Assert.True(message.IsWithdrawn);
        Refused("留言人不同意公开，不能公开。", () => message.Publish(At));
    }

    [Fact]
    public void Overdue_ClosedCaseNeverOverdue()
    {
        var rejected = New();
        rejected.Reject("广告", Friday);
        Assert.False(rejected.IsOverdue(NextFriday.AddDays(30)));
        Assert.False(rejected.IsUnansweredPastVetoLimit(Friday.AddMonths(6)));
    }

    [Fact]
    public void Anonymise_RemovesNamePhoneAndEmail()
    {
        var message = New(email: "a@example.cn");

        message.Anonymise();

        Assert.Equal(CitizenMessage.AnonymisedName, message.Name);
        Assert.True(message.IsAnonymised);
        Assert.Null(message.Phone);
        Assert.Null(message.Email);
    }

    [Fact]
    public void RequestTransfer_ByTheHoldingUnit_RecordsTheRequestAndKeepsTheCase()
    {
        var message = Assigned();

        message.RequestTransfer(" 供暖属住建局职责 ", At.AddHours(2), "gaodu");

        Assert.True(message.IsTransferRequested);
        Assert.Equal("供暖属住建局职责", message.TransferRequestReason);
        Assert.Equal(At.AddHours(2), message.TransferRequestedAt);
        Assert.Equal("gaodu", message.TransferRequestedBy);
        Assert.Equal(Gaodu, message.OrganisationId);
        Assert.Equal(MessageStatus.Assigned, message.Status);
        Assert.Equal(NextFriday, message.DueOn);
    }

    [Fact]
    public void RequestTransfer_Guards_RefusedWithMessages()
    {
        Refused("留言尚未分办，不能申请转办。", () => New().RequestTransfer("理由", At, "g"));
        Refused("该留言已答复办结，不能再办理。", () => AnsweredMessage().RequestTransfer("理由", At, "g"));
        Refused("请填写申请转办的理由。", () => Assigned().RequestTransfer(" ", At, "g"));
        var asked = Assigned();
        asked.RequestTransfer("理由", At, "g");
        Refused("已申请转办，请等待县政务公开办处理。", () => asked.RequestTransfer("再次", At, "g"));
    }

    [Fact]
    public void Route_AfterATransferRequest_MovesTheCaseRecordsTheReasonAndClearsTheRequest()
    {
        var message = Assigned();
        message.RequestTransfer("供暖属住建局职责", At, "gaodu");

        message.Route(Bagong, At.AddHours(1), "county", null);

        var move = message.Routings[^1];
        Assert.Equal(Gaodu, move.FromOrganisationId);
        Assert.Equal(Bagong, move.ToOrganisationId);
        Assert.Equal("单位申请转办：供暖属住建局职责", move.Note);
        Assert.Equal(Bagong, message.OrganisationId);
        Assert.Equal(NextFriday, message.DueOn);
        Assert.False(message.IsTransferRequested);
        Assert.Null(message.TransferRequestReason);
        Assert.Null(message.TransferRequestedBy);
    }

    [Fact]
    public void Route_AfterATransferRequest_WithANote_KeepsTheCountyOfficesNote()
    {
        var message = Assigned();
        message.RequestTransfer("供暖属住建局职责", At, "gaodu");
        message.Route(Bagong, At, "county", "转八公镇");
        Assert.Equal("转八公镇", message.Routings[^1].Note);
    }

    [Fact]
    public void DeclineTransfer_KeepsTheCaseWithTheUnit_OnlyWhenRequested()
    {
        Refused("该留言没有待处理的转办申请。", () => Assigned().DeclineTransfer());
        var message = Assigned();
        message.RequestTransfer("理由", At, "gaodu");

        message.DeclineTransfer();

        Assert.False(message.IsTransferRequested);
        Assert.Null(message.TransferRequestedAt);
        Assert.Equal(Gaodu, message.OrganisationId);
        Assert.True(message.CanAnswer);
        Refused("该留言没有待处理的转办申请。", () => message.DeclineTransfer());
    }

    [Fact]
    public void Answer_WhileATransferIsRequested_ClearsTheRequest()
    {
        var message = Assigned();
        message.RequestTransfer("理由", At, "gaodu");

        message.Answer("已答复", Gaodu, "gaodu", At, Friday);

        Assert.False(message.IsTransferRequested);
        Assert.Null(message.TransferRequestReason);
    }

    [Theory]
    [InlineData("电话13812341234，身份证110101199003077777", "电话138****1234，身份证1101**********7777")]
    [InlineData("办公电话0356-3021234。", "办公电话********1234。")]
    [InlineData("请拨打12345热线。", "请拨打12345热线。")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void PersonalDataScan_Remove_MasksNumbersKeepsTheRest(string? text, string expected) =>
        Assert.Equal(expected, PersonalDataScan.Remove(text));
}
