using System.Globalization;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Requests;

public class DisclosureRequestTests
{
    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DisclosureRequest NewRequest(string received = "2026-09-18") =>
        new DisclosureRequestBuilder().ReceivedOn(D(received)).WithSequence(1).Build();

    private static DisclosureRequest Processing() => new DisclosureRequestBuilder().WithSequence(1).Accepted().Build();

    [Fact]
    public void Constructor_NewApplication_IsRegistered()
    {
        var request = NewRequest();

        Assert.Equal(RequestStatus.Registered, request.Status);
        Assert.Equal("YSQ202609180001", request.Number);
        Assert.False(request.IsClosed);
    }

    [Fact]
    public void Constructor_WithoutAnyContact_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => new DisclosureRequest(
            RequestNumber.Format(D("2026-09-18"), 1), 7,
            new ApplicantDetails(ApplicantType.NaturalPerson, "张三", IdDocumentType.ResidentIdCard, "11010519491231002X", " ", null, ""),
            new RequestedInformation("某信息", InformationForm.Paper, ReceivingMethod.Post), RequestChannel.InPerson, D("2026-09-18")));

        Assert.Contains("联系方式", ex.Message);
    }

    [Fact]
    public void FullProcedure_AcceptSupplementConsultDecideApproveDeliver_EndsAnsweredWithOutcome()
    {
        var request = NewRequest();
        request.Accept(D("2026-09-18"));
        request.RequestSupplement("请写明所需信息的年份和文号", D("2026-09-21"), D("2026-10-16"));
        Assert.Equal(RequestStatus.AwaitingSupplement, request.Status);
        request.ReceiveSupplement(D("2026-09-24"));
        request.StartConsultation(ConsultationKind.ThirdParty, "某公司", D("2026-09-28"));
        Assert.Equal(RequestStatus.InConsultation, request.Status);
        request.EndConsultation(D("2026-10-09"), "不同意公开联系人电话");
        request.RequestExtension(10, "涉及档案检索量较大", "clerk");
        request.ApproveExtension("reviewer");
        request.ProposeDecision(RequestOutcome.PartlyDisclosed, "联系人电话属于个人隐私，其余部分予以公开。", D("2026-10-20"), "clerk");
        Assert.Equal(RequestStatus.PendingApproval, request.Status);
        request.ApproveDecision("reviewer", D("2026-10-21"));
        request.Deliver(ReceivingMethod.Email, D("2026-10-22"));

        Assert.Equal(RequestStatus.Answered, request.Status);
        Assert.Equal(RequestOutcome.PartlyDisclosed, request.Outcome);
        Assert.Equal(D("2026-10-22"), request.ClosedOn);
        Assert.True(request.IsClosed);
        var facts = request.DeadlineFacts;
        Assert.Equal(D("2026-09-24"), facts.SupplementReceivedOn);
        Assert.Equal(10, facts.ExtensionDays);
        Assert.Single(facts.Pauses!);
    }

    [Fact]
    public void RequestSupplement_Twice_IsRefusedAsNotOneTime()
    {
        var request = Processing();
        request.RequestSupplement("请补充文号", D("2026-09-21"), D("2026-10-16"));
        request.ReceiveSupplement(D("2026-09-22"));

        var ex = Assert.Throws<DomainException>(() => request.RequestSupplement("再补充", D("2026-09-23"), D("2026-10-16")));
        Assert.Contains("一次性", ex.Message);
    }

    [Fact]
    public void MarkAbandoned_BeforeTheSupplementPeriodEnds_IsRefused()
    {
        var request = Processing();
        request.RequestSupplement("请补充文号", D("2026-09-21"), D("2026-10-16"));

        Assert.Throws<DomainException>(() => request.MarkAbandoned(D("2026-10-16")));
        Assert.Equal(RequestStatus.AwaitingSupplement, request.Status);
    }

    [Fact]
    public void MarkAbandoned_AfterTheSupplementPeriod_ClosesAsOtherProcessingRowOne()
    {
        var request = Processing();
        request.RequestSupplement("请补充文号", D("2026-09-21"), D("2026-10-16"));

        request.MarkAbandoned(D("2026-10-19"));

        Assert.Equal(RequestStatus.Abandoned, request.Status);
        Assert.Equal(RequestOutcome.OtherNoSupplement, request.Outcome);
        Assert.Equal(D("2026-10-19"), request.ClosedOn);
    }

    [Fact]
    public void RequestExtension_Twice_IsRefused()
    {
        var request = Processing();
        request.RequestExtension(20, "理由", "clerk");
        request.ApproveExtension("reviewer");

        Assert.Throws<DomainException>(() => request.RequestExtension(5, "再延", "clerk"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void RequestExtension_OutsideOneToTwentyWorkingDays_IsRefused(int days)
    {
        Assert.Throws<DomainException>(() => Processing().RequestExtension(days, "理由", "clerk"));
    }

    [Fact]
    public void ApproveExtension_WithoutARequest_IsRefused()
    {
        Assert.Throws<DomainException>(() => Processing().ApproveExtension("reviewer"));
    }

    [Fact]
    public void ProposeDecision_StillUnclearWithoutSupplement_IsRefused()
    {
        Assert.Throws<DomainException>(() =>
            Processing().ProposeDecision(RequestOutcome.UnavailableStillUnclear, "仍不明确", D("2026-09-25"), "clerk"));
    }

    [Fact]
    public void ProposeDecision_NoSupplementOutcome_IsReservedForAbandonment()
    {
        Assert.Throws<DomainException>(() =>
            Processing().ProposeDecision(RequestOutcome.OtherNoSupplement, "未补正", D("2026-09-25"), "clerk"));
    }

    [Fact]
    public void ReturnDecision_SendsTheCaseBackWithTheComment()
    {
        var request = Processing();
        request.ProposeDecision(RequestOutcome.Disclosed, "予以公开。", D("2026-09-25"), "clerk");

        request.ReturnDecision("请核实是否涉及个人隐私", "reviewer");

        Assert.Equal(RequestStatus.Processing, request.Status);
        Assert.Null(request.Outcome);
        Assert.Equal("请核实是否涉及个人隐私", request.ReviewComment);
    }

    [Fact]
    public void Deliver_BeforeApproval_IsRefused()
    {
        var request = Processing();
        request.ProposeDecision(RequestOutcome.Disclosed, "予以公开。", D("2026-09-25"), "clerk");

        Assert.Throws<DomainException>(() => request.Deliver(ReceivingMethod.Email, D("2026-09-26")));
    }

    [Fact]
    public void StartConsultation_WhileAnotherIsOpen_IsRefused()
    {
        var request = Processing();
        request.StartConsultation(ConsultationKind.OtherAgency, "县自然资源局", D("2026-09-21"));

        Assert.Throws<DomainException>(() => request.StartConsultation(ConsultationKind.ThirdParty, "某公司", D("2026-09-22")));
    }

    [Fact]
    public void StartConsultation_BeforeTheClockStarts_IsRefused()
    {
        Assert.Throws<DomainException>(() => Processing().StartConsultation(ConsultationKind.ThirdParty, "某公司", D("2026-09-17")));
    }

    [Fact]
    public void Accept_TwiceOrAfterClosing_IsRefused()
    {
        var request = Processing();

        Assert.Throws<DomainException>(() => request.Accept(D("2026-09-19")));
    }

    [Fact]
    public void Transfer_ToAnotherOrganisation_ClosesTheCase()
    {
        var request = NewRequest();

        request.Transfer(9, "所需信息由县民政局制作", D("2026-09-21"));

        Assert.Equal(RequestStatus.Transferred, request.Status);
        Assert.Equal(9, request.TransferredToOrganisationId);
        Assert.Throws<DomainException>(() => request.Accept(D("2026-09-22")));
    }

    [Fact]
    public void Transfer_ToItself_IsRefused()
    {
        Assert.Throws<DomainException>(() => NewRequest().Transfer(7, "理由", D("2026-09-21")));
    }

    [Fact]
    public void ApproveExtension_ByTheUserWhoAskedForIt_IsRefused()
    {
        var request = Processing();
        request.RequestExtension(10, "需检索档案", "clerk");

        Assert.Throws<DomainException>(() => request.ApproveExtension("CLERK"));
        Assert.Equal(0, request.ExtensionDays);
    }

    [Fact]
    public void RefuseExtension_ByTheHead_ClearsTheRequestSoANewOneMayBeMade()
    {
        var request = Processing();
        request.RequestExtension(10, "需检索档案", "clerk");

        request.RefuseExtension("head");

        Assert.False(request.HasPendingExtension);
        Assert.Null(request.ExtensionRequestedBy);
        request.RequestExtension(5, "需征询档案馆", "clerk");
        Assert.True(request.HasPendingExtension);
    }

    [Fact]
    public void ApproveDecision_ByTheProposer_IsRefused()
    {
        var request = Processing();
        request.ProposeDecision(RequestOutcome.Disclosed, "予以公开。", D("2026-09-25"), "clerk");

        Assert.Throws<DomainException>(() => request.ApproveDecision("clerk", D("2026-09-25")));
        Assert.Throws<DomainException>(() => request.ReturnDecision("再核实", "clerk"));
        Assert.Equal(RequestStatus.PendingApproval, request.Status);
    }

    [Fact]
    public void FromTransfer_TransferredCase_OpensANewCaseAtTheReceivingOrganisationFromThatDay()
    {
        var original = NewRequest();
        original.IssueQueryCode("hash");
        original.Transfer(9, "所需信息由县民政局制作", D("2026-09-21"));

        var copy = DisclosureRequest.FromTransfer(RequestNumber.Format(D("2026-09-22"), 3), original, D("2026-09-22"));

        Assert.Equal(9, copy.OrganisationId);
        Assert.Equal(D("2026-09-22"), copy.ReceivedOn);
        Assert.Equal(RequestStatus.Registered, copy.Status);
        Assert.Equal("hash", copy.QueryCodeHash);
        Assert.Equal("张三", copy.ApplicantName);
    }

    [Fact]
    public void FromTransfer_CaseNotTransferred_IsRefused()
    {
        Assert.Throws<DomainException>(() => DisclosureRequest.FromTransfer(RequestNumber.Format(D("2026-09-22"), 3), NewRequest(), D("2026-09-22")));
    }

    [Theory]
    [InlineData("YSQ202609180001", true)]
    [InlineData("YSQ202602300001", false)] // no 30 February
    [InlineData("YSQ20260918001", false)]
    [InlineData("ysq202609180001", false)]
    public void RequestNumber_IsValid_ChecksPrefixDateAndSequence(string number, bool expected)
    {
        Assert.Equal(expected, RequestNumber.IsValid(number));
    }

    [Fact]
    public void RequestOutcomes_CoverEveryAnnualReportRow()
    {
        var groups = RequestOutcomes.All.GroupBy(RequestOutcomes.Group).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(1, groups[RequestOutcomeGroup.Disclosed]);
        Assert.Equal(1, groups[RequestOutcomeGroup.PartlyDisclosed]);
        Assert.Equal(8, groups[RequestOutcomeGroup.Withheld]);
        Assert.Equal(3, groups[RequestOutcomeGroup.Unavailable]);
        Assert.Equal(5, groups[RequestOutcomeGroup.NotHandled]);
        Assert.Equal(3, groups[RequestOutcomeGroup.Other]);
        Assert.All(RequestOutcomes.All, o => Assert.False(string.IsNullOrEmpty(RequestOutcomes.Label(o))));
    }
}
