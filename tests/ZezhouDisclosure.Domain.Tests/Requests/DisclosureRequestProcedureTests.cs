using System.Globalization;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Requests;

/// <summary>
/// Each procedure step from a state it does not belong to, with a date before the step it follows, and on its
/// boundary day: the refusal, and the Chinese message the clerk reads (the message states the rule).
/// The default case is received on Friday 2026-09-18 at organisation 7 and accepted that day.
/// </summary>
public class DisclosureRequestProcedureTests
{
    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DisclosureRequest Registered() => new DisclosureRequestBuilder().Build();

    private static DisclosureRequest Processing() => new DisclosureRequestBuilder().Accepted().Build();

    private static DisclosureRequest AwaitingSupplement() =>
        new DisclosureRequestBuilder().Accepted().AwaitingSupplement(D("2026-10-16")).Build(); // told on 09-19

    private static DisclosureRequest PendingApproval() => new DisclosureRequestBuilder().PendingApproval().Build(); // proposed 09-23

    private static DisclosureRequest Approved() => new DisclosureRequestBuilder().Approved().Build(); // approved 09-24

    private static void Refused(Action step, string message)
    {
        var exception = Assert.Throws<DomainException>(step);
        Assert.Equal(message, exception.Message);
    }

    // 登记

    [Fact]
    public void Constructor_MalformedNumber_IsRefused() =>
        Refused(() => new DisclosureRequest("YSQ2026", 7, Applicant("张三"), Information("某信息"), RequestChannel.Online, D("2026-09-18")),
            "申请编号格式不正确。");

    [Fact]
    public void Constructor_BlankApplicantName_IsRefused() =>
        Refused(() => new DisclosureRequest("YSQ202609180001", 7, Applicant(" "), Information("某信息"), RequestChannel.Online, D("2026-09-18")),
            "申请人姓名或者名称不能为空。");

    [Fact]
    public void Constructor_BlankDescription_IsRefused() =>
        Refused(() => new DisclosureRequest("YSQ202609180001", 7, Applicant("张三"), Information(" "), RequestChannel.Online, D("2026-09-18")),
            "所需政府信息的描述不能为空。");

    [Theory]
    [InlineData("13812341234", null, null)]
    [InlineData(null, "a@b.cn", null)]
    [InlineData(null, null, "泽州县某路1号")]
    public void Constructor_AnyOneContact_IsEnough(string? phone, string? email, string? address)
    {
        var request = new DisclosureRequest("YSQ202609180001", 7,
            new ApplicantDetails(ApplicantType.NaturalPerson, "张三", IdDocumentType.ResidentIdCard, "11010519491231002X", phone, email, address),
            Information("某信息"), RequestChannel.Online, D("2026-09-18"));

        Assert.Equal(RequestStatus.Registered, request.Status);
    }

    [Fact]
    public void Constructor_TypedValues_AreTrimmedAndBlankContactsStoredAsNone()
    {
        var request = new DisclosureRequest("YSQ202609180001", 7,
            new ApplicantDetails(ApplicantType.CommercialEnterprise, " 某公司 ", IdDocumentType.UnifiedSocialCreditCode, " 91330100716105852F ",
                " 13812341234 ", " ", " 泽州县某路1号 "),
            new RequestedInformation(" 2026年低保名单 ", InformationForm.Paper, ReceivingMethod.Post), RequestChannel.InPerson, D("2026-09-18"),
            " key-1 ");

        Assert.Equal("某公司", request.ApplicantName);
        Assert.Equal(ApplicantType.CommercialEnterprise, request.ApplicantType);
        Assert.Equal(IdDocumentType.UnifiedSocialCreditCode, request.IdType);
        Assert.Equal("91330100716105852F", request.IdNumber);
        Assert.Equal("13812341234", request.Phone);
        Assert.Null(request.Email);
        Assert.Equal("泽州县某路1号", request.PostalAddress);
        Assert.Equal("2026年低保名单", request.Description);
        Assert.Equal(InformationForm.Paper, request.Form);
        Assert.Equal(ReceivingMethod.Post, request.ReceivingMethod);
        Assert.Equal(RequestChannel.InPerson, request.Channel);
        Assert.Equal("key-1", request.SubmissionKey);
    }

    [Fact]
    public void Constructor_WithoutSubmissionKey_GetsANewOneEachTime()
    {
        var first = Registered();
        var second = Registered();

        Assert.Equal(32, first.SubmissionKey.Length);
        Assert.NotEqual(first.SubmissionKey, second.SubmissionKey);
    }

    [Fact]
    public void IssueQueryCode_Twice_IsRefused()
    {
        var request = Registered();
        request.IssueQueryCode("hash");

        Refused(() => request.IssueQueryCode("other"), "查询码已发放。");
        Assert.Equal("hash", request.QueryCodeHash);
    }

    // 受理

    [Fact]
    public void Accept_InProcess_IsRefused() => Refused(() => Processing().Accept(D("2026-09-21")), "只有已登记的申请可以受理。");

    [Fact]
    public void Accept_BeforeReceipt_IsRefused() => Refused(() => Registered().Accept(D("2026-09-17")), "受理日期不能早于收到申请的日期。");

    [Fact]
    public void Accept_OnTheDayOfReceipt_StartsProcessing()
    {
        var request = Registered();

        request.Accept(D("2026-09-18"));

        Assert.Equal(RequestStatus.Processing, request.Status);
        Assert.Equal(D("2026-09-18"), request.AcceptedOn);
    }

    // 补正

    [Fact]
    public void RequestSupplement_WhileAwaitingSupplement_IsRefusedAsWrongState() =>
        Refused(() => AwaitingSupplement().RequestSupplement("再补充", D("2026-09-21"), D("2026-10-16")), "只有已登记或办理中的申请可以告知补正。");

    [Fact]
    public void RequestSupplement_SecondTimeInProcess_IsRefusedAsNotOneTime()
    {
        var request = AwaitingSupplement();
        request.ReceiveSupplement(D("2026-09-22"));

        Refused(() => request.RequestSupplement("再补充", D("2026-09-23"), D("2026-10-16")), "补正应一次性告知，本申请已告知过补正。");
    }

    [Fact]
    public void RequestSupplement_WithoutItems_IsRefused() =>
        Refused(() => Processing().RequestSupplement(" ", D("2026-09-21"), D("2026-10-16")), "请写明需要补正的事项。");

    [Fact]
    public void RequestSupplement_BeforeReceipt_IsRefused() =>
        Refused(() => Registered().RequestSupplement("请补充文号", D("2026-09-17"), D("2026-10-16")), "补正告知日期不能早于收到申请的日期。");

    [Fact]
    public void RequestSupplement_DeadlineOnTheDayOfTheNotice_IsRefused() =>
        Refused(() => Processing().RequestSupplement("请补充文号", D("2026-09-21"), D("2026-09-21")), "补正期限应晚于告知日期。");

    [Fact]
    public void RequestSupplement_OnReceiptWithTheNextDayAsDeadline_RecordsTheNotice()
    {
        var request = Processing();

        request.RequestSupplement(" 请补充文号 ", D("2026-09-18"), D("2026-09-19"));

        Assert.Equal(RequestStatus.AwaitingSupplement, request.Status);
        Assert.Equal("请补充文号", request.SupplementItems);
        Assert.Equal(D("2026-09-18"), request.SupplementRequestedOn);
        Assert.Equal(D("2026-09-19"), request.SupplementDeadline);
    }

    [Fact]
    public void RequestSupplement_OfARegisteredCase_AcceptsItOnTheNoticeDay()
    {
        var request = Registered();

        request.RequestSupplement("请补充文号", D("2026-09-21"), D("2026-10-16"));

        Assert.Equal(D("2026-09-21"), request.AcceptedOn);
    }

    [Fact]
    public void RequestSupplement_OfAnAcceptedCase_KeepsTheAcceptanceDay()
    {
        var request = Processing();

        request.RequestSupplement("请补充文号", D("2026-09-21"), D("2026-10-16"));

        Assert.Equal(D("2026-09-18"), request.AcceptedOn);
    }

    [Fact]
    public void ReceiveSupplement_NeverAsked_IsRefused() =>
        Refused(() => Processing().ReceiveSupplement(D("2026-09-22")), "只有补正中的申请可以登记收到补正。");

    [Fact]
    public void ReceiveSupplement_BeforeTheNotice_IsRefused() =>
        Refused(() => AwaitingSupplement().ReceiveSupplement(D("2026-09-18")), "收到补正的日期不能早于补正告知日期。");

    [Fact]
    public void ReceiveSupplement_OnTheNoticeDay_RestartsTheClockFromThatDay()
    {
        var request = AwaitingSupplement();

        request.ReceiveSupplement(D("2026-09-19"));

        Assert.Equal(RequestStatus.Processing, request.Status);
        Assert.Equal(D("2026-09-19"), request.SupplementReceivedOn);
        Assert.Equal(D("2026-09-19"), request.DeadlineFacts.SupplementReceivedOn);
    }

    [Fact]
    public void MarkAbandoned_NeverAskedToSupplement_IsRefused() =>
        Refused(() => Processing().MarkAbandoned(D("2026-12-01")), "只有补正中的申请可以视为放弃。");

    [Fact]
    public void MarkAbandoned_OnTheLastDayToSupplement_IsRefusedAndSaysUntilWhen()
    {
        var request = AwaitingSupplement();

        Assert.False(request.CanMarkAbandoned(D("2026-10-16")));
        Refused(() => request.MarkAbandoned(D("2026-10-16")), "补正期限（2026-10-16）尚未届满，不能视为放弃。");
    }

    [Fact]
    public void MarkAbandoned_TheDayAfterTheLastDay_Closes()
    {
        var request = AwaitingSupplement();

        Assert.True(request.CanMarkAbandoned(D("2026-10-17")));
        request.MarkAbandoned(D("2026-10-17"));

        Assert.Equal(D("2026-10-17"), request.ClosedOn);
        Assert.True(request.IsClosed);
    }

    // 征求意见

    [Fact]
    public void StartConsultation_NotAccepted_IsRefused() =>
        Refused(() => Registered().StartConsultation(ConsultationKind.ThirdParty, "某公司", D("2026-09-21")), "只有办理中的申请可以征求意见。");

    [Fact]
    public void StartConsultation_WithoutParty_IsRefused() =>
        Refused(() => Processing().StartConsultation(ConsultationKind.ThirdParty, " ", D("2026-09-21")), "请填写被征求意见的第三方或机关。");

    [Fact]
    public void StartConsultation_BeforeReceipt_IsRefused() =>
        Refused(() => Processing().StartConsultation(ConsultationKind.ThirdParty, "某公司", D("2026-09-17")), "征求意见日期不能早于答复期限的起算日。");

    [Fact]
    public void StartConsultation_BeforeTheSupplementRestartedTheClock_IsRefused()
    {
        var request = AwaitingSupplement();
        request.ReceiveSupplement(D("2026-09-22"));

        Refused(() => request.StartConsultation(ConsultationKind.ThirdParty, "某公司", D("2026-09-21")), "征求意见日期不能早于答复期限的起算日。");
        request.StartConsultation(ConsultationKind.ThirdParty, "某公司", D("2026-09-22"));
        Assert.Equal(RequestStatus.InConsultation, request.Status);
    }

    [Fact]
    public void StartConsultation_OnTheDayOfReceipt_PausesWithTheTrimmedParty()
    {
        var request = Processing();

        request.StartConsultation(ConsultationKind.OtherAgency, " 县自然资源局 ", D("2026-09-18"));

        var consultation = Assert.Single(request.Consultations);
        Assert.Equal("县自然资源局", consultation.Party);
        Assert.Equal(ConsultationKind.OtherAgency, consultation.Kind);
        Assert.Equal(D("2026-09-18"), consultation.StartedOn);
        Assert.Same(consultation, request.OpenConsultation);
        Assert.Equal(RequestStatus.InConsultation, request.Status);
    }

    [Fact]
    public void StartConsultation_BeforeThePreviousOneEnded_IsRefusedButOnItsLastDayIsAllowed()
    {
        var request = Processing();
        request.StartConsultation(ConsultationKind.ThirdParty, "某公司", D("2026-09-21"));
        request.EndConsultation(D("2026-09-24"), null);

        Refused(() => request.StartConsultation(ConsultationKind.OtherAgency, "县民政局", D("2026-09-23")), "征求意见日期不能早于上一次征求意见的结束日期。");
        request.StartConsultation(ConsultationKind.OtherAgency, "县民政局", D("2026-09-24"));
        Assert.Equal(2, request.Consultations.Count);
    }

    [Fact]
    public void EndConsultation_NoneRunning_IsRefused() =>
        Refused(() => Processing().EndConsultation(D("2026-09-24"), null), "只有征求意见中的申请可以结束征求意见。");

    [Fact]
    public void EndConsultation_RecordsTheDayAndTheOpinionAndResumesTheClock()
    {
        var request = Processing();
        request.StartConsultation(ConsultationKind.ThirdParty, "某公司", D("2026-09-21"));

        request.EndConsultation(D("2026-09-24"), " 不同意公开联系人电话 ");

        var consultation = Assert.Single(request.Consultations);
        Assert.Equal(D("2026-09-24"), consultation.EndedOn);
        Assert.Equal("不同意公开联系人电话", consultation.Opinion);
        Assert.Null(request.OpenConsultation);
        Assert.Equal(RequestStatus.Processing, request.Status);
        Assert.Equal(D("2026-09-24"), Assert.Single(request.DeadlineFacts.Pauses!).EndedOn);
    }

    [Fact]
    public void EndConsultation_BlankOpinion_IsStoredAsNone()
    {
        var request = Processing();
        request.StartConsultation(ConsultationKind.ThirdParty, "某公司", D("2026-09-21"));

        request.EndConsultation(D("2026-09-21"), " ");

        Assert.Null(Assert.Single(request.Consultations).Opinion);
    }

    [Fact]
    public void EndConsultation_BeforeItStarted_IsRefused()
    {
        var request = Processing();
        request.StartConsultation(ConsultationKind.ThirdParty, "某公司", D("2026-09-21"));

        Refused(() => request.EndConsultation(D("2026-09-20"), null), "征求意见的结束日期不能早于开始日期。");
        Assert.Equal(RequestStatus.InConsultation, request.Status);
    }

    // 延期

    [Fact]
    public void RequestExtension_NotAccepted_IsRefused() =>
        Refused(() => Registered().RequestExtension(10, "理由", "clerk"), "只有办理中或征求意见中的申请可以申请延期。");

    [Fact]
    public void RequestExtension_WhileTheFirstIsPending_IsRefusedAsOnceOnly()
    {
        var request = Processing();
        request.RequestExtension(10, "需检索档案", "clerk");

        Assert.False(request.CanRequestExtension());
        Refused(() => request.RequestExtension(5, "再延", "clerk"), "答复期限只能延长一次。");
        Assert.Equal(10, request.ExtensionRequestedDays);
    }

    [Fact]
    public void RequestExtension_AfterTheFirstWasApproved_IsRefusedAsOnceOnly()
    {
        var request = Processing();
        request.RequestExtension(10, "需检索档案", "clerk");
        request.ApproveExtension("head");

        Assert.False(request.CanRequestExtension());
        Refused(() => request.RequestExtension(5, "再延", "clerk"), "答复期限只能延长一次。");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void RequestExtension_OutsideOneToTwentyWorkingDays_SaysTheRange(int days) =>
        Refused(() => Processing().RequestExtension(days, "理由", "clerk"), "延长期限应为 1 至 20 个工作日。");

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void RequestExtension_OneOrTwentyWorkingDays_IsAccepted(int days)
    {
        var request = Processing();

        request.RequestExtension(days, " 需检索档案 ", "clerk");

        Assert.Equal(days, request.ExtensionRequestedDays);
        Assert.Equal("需检索档案", request.ExtensionReason);
        Assert.Equal("clerk", request.ExtensionRequestedBy);
        Assert.True(request.HasPendingExtension);
        Assert.Equal(0, request.DeadlineFacts.ExtensionDays); // not before the head agrees
    }

    [Fact]
    public void RequestExtension_DuringAConsultation_IsAccepted()
    {
        var request = new DisclosureRequestBuilder().InConsultation().Build();

        Assert.True(request.CanRequestExtension());
        request.RequestExtension(5, "需征询档案馆", "clerk");

        Assert.True(request.HasPendingExtension);
    }

    [Fact]
    public void RequestExtension_WithoutReason_IsRefused() =>
        Refused(() => Processing().RequestExtension(5, " ", "clerk"), "请写明延期理由。");

    [Fact]
    public void ApproveExtension_WithoutARequest_SaysNothingWaits() =>
        Refused(() => Processing().ApproveExtension("head"), "没有待审批的延期申请。");

    [Fact]
    public void ApproveExtension_ByTheClerkWhoAskedForIt_IsRefused()
    {
        var request = Processing();
        request.RequestExtension(10, "需检索档案", "clerk");

        Assert.False(request.CanDecideExtension("Clerk"));
        Refused(() => request.ApproveExtension("Clerk"), "延期应由提出延期申请以外的工作机构负责人批准，不能自己批准自己的申请。");
    }

    [Fact]
    public void RefuseExtension_ByTheClerkWhoAskedForIt_IsRefused()
    {
        var request = Processing();
        request.RequestExtension(10, "需检索档案", "clerk");

        Refused(() => request.RefuseExtension("clerk"), "延期申请应由申请人以外的工作机构负责人审批。");
        Assert.True(request.HasPendingExtension);
    }

    [Fact]
    public void RefuseExtension_WithoutARequest_IsRefused() =>
        Refused(() => Processing().RefuseExtension("head"), "没有待审批的延期申请。");

    [Fact]
    public void ApproveExtension_OfAClosedCase_IsRefused()
    {
        var request = Processing();
        request.RequestExtension(10, "需检索档案", "clerk");
        request.ProposeDecision(RequestOutcome.Disclosed, "予以公开。", D("2026-09-21"), "clerk");
        request.ApproveDecision("head", D("2026-09-22"));
        request.Deliver(ReceivingMethod.Email, D("2026-09-23"));

        Assert.False(request.CanDecideExtension("head"));
        Refused(() => request.ApproveExtension("head"), "已办结的申请不能延期。");
        Refused(() => request.RefuseExtension("head"), "已办结的申请不能延期。");
    }

    [Fact]
    public void ApproveExtension_ByTheHead_AddsTheDaysToTheTimeLimit()
    {
        var request = Processing();
        request.RequestExtension(7, "需检索档案", "clerk");

        Assert.True(request.CanDecideExtension("head"));
        request.ApproveExtension("head");

        Assert.Equal(7, request.ExtensionDays);
        Assert.Equal("head", request.ExtensionApprovedBy);
        Assert.False(request.HasPendingExtension);
        Assert.Equal(7, request.DeadlineFacts.ExtensionDays);
    }

    [Fact]
    public void RefuseExtension_ByTheHead_WithdrawsTheReason()
    {
        var request = Processing();
        request.RequestExtension(7, "需检索档案", "clerk");

        request.RefuseExtension("head");

        Assert.Null(request.ExtensionRequestedDays);
        Assert.Null(request.ExtensionReason);
        Assert.Equal(0, request.ExtensionDays);
    }

    // 办理意见、报批

    [Fact]
    public void ProposeDecision_NotAccepted_IsRefused() =>
        Refused(() => Registered().ProposeDecision(RequestOutcome.Disclosed, "予以公开。", D("2026-09-21"), "clerk"), "只有办理中的申请可以提出办理意见。");

    [Fact]
    public void ProposeDecision_WhilePendingApproval_IsRefused() =>
        Refused(() => PendingApproval().ProposeDecision(RequestOutcome.Disclosed, "予以公开。", D("2026-09-24"), "clerk"), "只有办理中的申请可以提出办理意见。");

    [Theory]
    [InlineData(RequestOutcome.OtherNoSupplement)]
    [InlineData((RequestOutcome)999)]
    public void ProposeDecision_AbandonmentOrUnknownOutcome_IsRefused(RequestOutcome outcome) =>
        Refused(() => Processing().ProposeDecision(outcome, "意见", D("2026-09-21"), "clerk"), "办理结果不正确；逾期不补正请使用“视为放弃”。");

    [Fact]
    public void ProposeDecision_StillUnclearWithoutSupplement_SaysItNeedsOne() =>
        Refused(() => Processing().ProposeDecision(RequestOutcome.UnavailableStillUnclear, "仍不明确", D("2026-09-21"), "clerk"),
            "“补正后申请内容仍不明确”只适用于已补正的申请。");

    [Fact]
    public void ProposeDecision_StillUnclearAfterASupplement_IsAccepted()
    {
        var request = AwaitingSupplement();
        request.ReceiveSupplement(D("2026-09-22"));

        request.ProposeDecision(RequestOutcome.UnavailableStillUnclear, "补正后仍不明确。", D("2026-09-25"), "clerk");

        Assert.Equal(RequestOutcome.UnavailableStillUnclear, request.Outcome);
    }

    [Fact]
    public void ProposeDecision_WithoutText_IsRefused() =>
        Refused(() => Processing().ProposeDecision(RequestOutcome.Disclosed, " ", D("2026-09-21"), "clerk"), "请写明办理意见。");

    [Fact]
    public void ProposeDecision_RecordsTheProposal()
    {
        var request = Processing();

        request.ProposeDecision(RequestOutcome.PartlyDisclosed, " 部分公开。 ", D("2026-09-21"), "clerk");

        Assert.Equal(RequestStatus.PendingApproval, request.Status);
        Assert.Equal(RequestOutcome.PartlyDisclosed, request.Outcome);
        Assert.Equal("部分公开。", request.DecisionText);
        Assert.Equal(D("2026-09-21"), request.DecisionProposedOn);
        Assert.Equal("clerk", request.DecisionProposedBy);
    }

    [Fact]
    public void ApproveDecision_NeverProposed_IsRefused()
    {
        var request = Processing();

        Assert.False(request.CanDecideProposal("head"));
        Refused(() => request.ApproveDecision("head", D("2026-09-25")), "只有待报批的申请可以批准。");
    }

    [Fact]
    public void ApproveDecision_ByTheProposer_SaysSomebodyElseMustApprove() =>
        Refused(() => PendingApproval().ApproveDecision("CLERK", D("2026-09-25")), "报批应由提出办理意见以外的工作机构负责人批准，不能批准自己提出的办理意见。");

    [Fact]
    public void ApproveDecision_BeforeTheProposal_IsRefused() =>
        Refused(() => PendingApproval().ApproveDecision("head", D("2026-09-22")), "批准日期不能早于提出办理意见的日期。");

    [Fact]
    public void ApproveDecision_OnTheDayOfTheProposal_ApprovesAndClearsAnEarlierComment()
    {
        var request = PendingApproval();
        request.ReturnDecision("请核实", "head");
        request.ProposeDecision(RequestOutcome.Disclosed, "已核实，予以公开。", D("2026-09-24"), "clerk");

        Assert.True(request.CanDecideProposal("head"));
        request.ApproveDecision("head", D("2026-09-24"));

        Assert.Equal(RequestStatus.Approved, request.Status);
        Assert.Equal("head", request.ApprovedBy);
        Assert.Equal(D("2026-09-24"), request.ApprovedOn);
        Assert.Null(request.ReviewComment);
    }

    [Fact]
    public void ReturnDecision_NeverProposed_IsRefused() =>
        Refused(() => Processing().ReturnDecision("请核实", "head"), "只有待报批的申请可以退回。");

    [Fact]
    public void ReturnDecision_ByTheProposer_IsRefused() =>
        Refused(() => PendingApproval().ReturnDecision("请核实", "clerk"), "报批应由提出办理意见以外的工作机构负责人审批。");

    [Fact]
    public void ReturnDecision_WithoutComment_IsRefused() =>
        Refused(() => PendingApproval().ReturnDecision(" ", "head"), "退回时必须填写意见。");

    [Fact]
    public void ReturnDecision_TrimsTheComment()
    {
        var request = PendingApproval();

        request.ReturnDecision(" 请核实 ", "head");

        Assert.Equal("请核实", request.ReviewComment);
    }

    // 送达

    [Fact]
    public void Deliver_NotApproved_IsRefused() =>
        Refused(() => PendingApproval().Deliver(ReceivingMethod.Email, D("2026-09-25")), "只有已批准的答复可以送达。");

    [Fact]
    public void Deliver_BeforeApproval_IsRefused() =>
        Refused(() => Approved().Deliver(ReceivingMethod.Email, D("2026-09-23")), "送达日期不能早于批准日期。");

    [Fact]
    public void Deliver_OnTheDayOfApproval_ClosesTheCase()
    {
        var request = Approved();

        request.Deliver(ReceivingMethod.Post, D("2026-09-24"));

        Assert.Equal(RequestStatus.Answered, request.Status);
        Assert.Equal(ReceivingMethod.Post, request.DeliveryMethod);
        Assert.Equal(D("2026-09-24"), request.DeliveredOn);
        Assert.Equal(D("2026-09-24"), request.ClosedOn);
    }

    // 转办

    [Fact]
    public void Transfer_AwaitingSupplement_IsRefused() =>
        Refused(() => AwaitingSupplement().Transfer(9, "理由", D("2026-09-21")), "只有已登记或办理中的申请可以转办。");

    [Fact]
    public void Transfer_ToItself_SaysSo() => Refused(() => Registered().Transfer(7, "理由", D("2026-09-21")), "不能转办给本机关。");

    [Fact]
    public void Transfer_WithoutReason_IsRefused() => Refused(() => Registered().Transfer(9, " ", D("2026-09-21")), "请写明转办理由。");

    [Fact]
    public void Transfer_InProcess_ClosesWithTheTrimmedReason()
    {
        var request = Processing();

        request.Transfer(9, " 由县民政局制作 ", D("2026-09-21"));

        Assert.Equal(RequestStatus.Transferred, request.Status);
        Assert.Equal("由县民政局制作", request.TransferReason);
        Assert.Equal(D("2026-09-21"), request.ClosedOn);
    }

    [Fact]
    public void FromTransfer_NotTransferred_IsRefused() =>
        Refused(() => DisclosureRequest.FromTransfer("YSQ202609220003", Processing(), D("2026-09-22")), "只有已转办的申请可以由受转机关接收。");

    [Fact]
    public void FromTransfer_BeforeTheTransfer_IsRefused()
    {
        var original = Registered();
        original.Transfer(9, "由县民政局制作", D("2026-09-21"));

        Refused(() => DisclosureRequest.FromTransfer("YSQ202609200003", original, D("2026-09-20")), "接收日期不能早于转办日期。");
    }

    [Fact]
    public void FromTransfer_OnTheDayOfTheTransfer_CopiesTheApplication()
    {
        var original = new DisclosureRequestBuilder()
            .WithApplicant("李四", "0356-1234567", "li@example.com", "泽州县某路1号")
            .Requesting("2026年某项目批复", InformationForm.Paper, ReceivingMethod.Post)
            .Through(RequestChannel.Post)
            .Build();
        original.Transfer(9, "由县民政局制作", D("2026-09-21"));

        var copy = DisclosureRequest.FromTransfer("YSQ202609210003", original, D("2026-09-21"));

        Assert.Equal(9, copy.OrganisationId);
        Assert.Equal(D("2026-09-21"), copy.ReceivedOn);
        Assert.Equal(original.Id, copy.TransferredFromRequestId);
        Assert.Equal("李四", copy.ApplicantName);
        Assert.Equal(original.IdNumber, copy.IdNumber);
        Assert.Equal("0356-1234567", copy.Phone);
        Assert.Equal("li@example.com", copy.Email);
        Assert.Equal("泽州县某路1号", copy.PostalAddress);
        Assert.Equal("2026年某项目批复", copy.Description);
        Assert.Equal(InformationForm.Paper, copy.Form);
        Assert.Equal(ReceivingMethod.Post, copy.ReceivingMethod);
        Assert.Equal(RequestChannel.Post, copy.Channel);
    }

    // 匿名化

    [Fact]
    public void Anonymise_OpenCase_IsRefused() => Refused(() => Processing().Anonymise(), "只有已办结的申请可以匿名化。");

    [Fact]
    public void Anonymise_ClosedCase_RemovesPersonalDataAndTheThirdPartyButNotTheAgency()
    {
        var request = Processing();
        request.IssueQueryCode("hash");
        request.StartConsultation(ConsultationKind.ThirdParty, "王五", D("2026-09-21"));
        request.EndConsultation(D("2026-09-22"), "不同意");
        request.StartConsultation(ConsultationKind.OtherAgency, "县民政局", D("2026-09-22"));
        request.EndConsultation(D("2026-09-23"), "同意");
        request.Transfer(9, "由县民政局制作", D("2026-09-24"));

        request.Anonymise();

        Assert.True(request.IsAnonymised);
        Assert.Equal(DisclosureRequest.AnonymisedName, request.ApplicantName);
        Assert.Equal("", request.IdNumber);
        Assert.Null(request.Phone);
        Assert.Null(request.QueryCodeHash);
        Assert.Equal("（第三方，已匿名）", request.Consultations[0].Party);
        Assert.Null(request.Consultations[0].Opinion);
        Assert.Equal("县民政局", request.Consultations[1].Party);
        Assert.Equal("同意", request.Consultations[1].Opinion);
    }

    // Who may act

    [Theory]
    [InlineData("awaiting-supplement")]
    [InlineData("in-consultation")]
    [InlineData("processing")]
    [InlineData("approved")]
    public void Allowed_AnotherOrganisationsClerkOrTheHead_MayNotRunTheCase(string state)
    {
        var request = state switch
        {
            "awaiting-supplement" => new DisclosureRequestBuilder().AwaitingSupplement(D("2026-09-20")).Build(),
            "in-consultation" => new DisclosureRequestBuilder().InConsultation().Build(),
            "processing" => Processing(),
            _ => Approved(),
        };
        var today = D("2026-10-30"); // after the supplement deadline
        var otherClerk = new Actor("other", 8, IsReviewer: false, IsCountyWide: false);
        var head = new Actor("head", null, IsReviewer: true, IsCountyWide: true);

        Assert.Equal(AllowedRequestActions.None, request.Allowed(otherClerk, today));
        Assert.Equal(AllowedRequestActions.None, request.Allowed(head, today));
        Assert.NotEqual(AllowedRequestActions.None, request.Allowed(new Actor("clerk", 7, IsReviewer: false, IsCountyWide: false), today));
    }

    [Fact]
    public void Allowed_WithoutAnActor_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Processing().Allowed(null!, D("2026-09-21")));

    [Fact]
    public void IssueQueryCode_BlankHash_Throws() => Assert.ThrowsAny<ArgumentException>(() => Registered().IssueQueryCode(" "));

    [Fact]
    public void RequestExtension_WithoutTheClerksName_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => Processing().RequestExtension(5, "理由", " "));

    [Fact]
    public void ProposeDecision_WithoutTheClerksName_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => Processing().ProposeDecision(RequestOutcome.Disclosed, "予以公开。", D("2026-09-21"), " "));

    private static ApplicantDetails Applicant(string name) =>
        new(ApplicantType.NaturalPerson, name, IdDocumentType.ResidentIdCard, "11010519491231002X", "13812341234", null, null);

    private static RequestedInformation Information(string description) =>
        new(description, InformationForm.Electronic, ReceivingMethod.Email);
}
