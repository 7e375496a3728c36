using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Requests;

public class RequestPermissionsTests
{
    private static readonly DateOnly Received = DisclosureRequestBuilder.DefaultReceivedOn;

    /// <summary>Before the default 补正 deadline (received + 26 days).</summary>
    private static readonly DateOnly Today = Received.AddDays(10);

    private static readonly Actor HandlingClerk = new(DisclosureRequestBuilder.Clerk, 7, IsReviewer: false, IsCountyWide: false);
    private static readonly Actor OtherClerk = new("other", 8, IsReviewer: false, IsCountyWide: false);
    private static readonly Actor Head = new(DisclosureRequestBuilder.Head, null, IsReviewer: true, IsCountyWide: true);

    private static DisclosureRequest In(string state) => state switch
    {
        "registered" => new DisclosureRequestBuilder().Build(),
        "processing" => new DisclosureRequestBuilder().Accepted().Build(),
        "awaiting-supplement" => new DisclosureRequestBuilder().AwaitingSupplement().Build(),
        "in-consultation" => new DisclosureRequestBuilder().InConsultation().Build(),
        "pending-extension" => new DisclosureRequestBuilder().WithPendingExtension().Build(),
        "pending-approval" => new DisclosureRequestBuilder().PendingApproval().Build(),
        "approved" => new DisclosureRequestBuilder().Approved().Build(),
        "answered" => new DisclosureRequestBuilder().Answered().Build(),
        "transferred" => new DisclosureRequestBuilder().TransferredTo(8).Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>Each step: what the entity says for <see cref="Today"/> and another user, and the method that must agree.</summary>
    private static readonly (string Step, Func<DisclosureRequest, bool> Can, Action<DisclosureRequest> Do)[] Steps =
    [
        ("accept", r => r.CanAccept(), r => r.Accept(Received)),
        ("request-supplement", r => r.CanRequestSupplement(), r => r.RequestSupplement("请写明文号", Received.AddDays(1), Received.AddDays(26))),
        ("receive-supplement", r => r.CanReceiveSupplement(), r => r.ReceiveSupplement(Received.AddDays(2))),
        ("mark-abandoned", r => r.CanMarkAbandoned(Today), r => r.MarkAbandoned(Today)),
        ("start-consultation", r => r.CanStartConsultation(), r => r.StartConsultation(ConsultationKind.ThirdParty, "某公司", Received.AddDays(3))),
        ("end-consultation", r => r.CanEndConsultation(), r => r.EndConsultation(Received.AddDays(5), null)),
        ("request-extension", r => r.CanRequestExtension(), r => r.RequestExtension(10, "涉及档案检索量较大", DisclosureRequestBuilder.Clerk)),
        ("decide-extension", r => r.CanDecideExtension(DisclosureRequestBuilder.Head), r => r.ApproveExtension(DisclosureRequestBuilder.Head)),
        ("propose-decision", r => r.CanProposeDecision(), r => r.ProposeDecision(RequestOutcome.Disclosed, "予以公开。", Received.AddDays(5), DisclosureRequestBuilder.Clerk)),
        ("decide-proposal", r => r.CanDecideProposal(DisclosureRequestBuilder.Head), r => r.ApproveDecision(DisclosureRequestBuilder.Head, Received.AddDays(6))),
        ("deliver", r => r.CanDeliver(), r => r.Deliver(ReceivingMethod.Email, Received.AddDays(7))),
        ("transfer", r => r.CanTransfer(), r => r.Transfer(8, "所需信息由该机关制作", Received.AddDays(1))),
    ];

    [Theory]
    [InlineData("registered", "accept,request-supplement,transfer")]
    [InlineData("processing", "request-supplement,start-consultation,request-extension,propose-decision,transfer")]
    [InlineData("awaiting-supplement", "receive-supplement")]
    [InlineData("in-consultation", "end-consultation,request-extension")]
    [InlineData("pending-extension", "request-supplement,start-consultation,decide-extension,propose-decision,transfer")]
    [InlineData("pending-approval", "decide-proposal")]
    [InlineData("approved", "deliver")]
    [InlineData("answered", "")]
    [InlineData("transferred", "")]
    public void CanX_InEachState_AllowsExactlyTheseSteps(string state, string allowed)
    {
        var expected = allowed.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var request = In(state);

        Assert.Equal(expected, Steps.Where(s => s.Can(request)).Select(s => s.Step));
    }

    [Theory]
    [InlineData("registered")]
    [InlineData("processing")]
    [InlineData("awaiting-supplement")]
    [InlineData("in-consultation")]
    [InlineData("pending-extension")]
    [InlineData("pending-approval")]
    [InlineData("approved")]
    [InlineData("answered")]
    [InlineData("transferred")]
    public void Mutators_InEachState_RefuseExactlyWhenCanXIsFalse(string state)
    {
        foreach (var (step, can, act) in Steps)
        {
            var request = In(state);
            if (can(request))
            {
                act(request);
            }
            else
            {
                var error = Assert.Throws<DomainException>(() => act(request));
                Assert.False(string.IsNullOrWhiteSpace(error.Message), step);
            }
        }
    }

    [Fact]
    public void CanMarkAbandoned_OnlyAfterTheSupplementDeadline()
    {
        var request = In("awaiting-supplement");
        var deadline = request.SupplementDeadline!.Value;

        Assert.False(request.CanMarkAbandoned(deadline));
        Assert.Throws<DomainException>(() => request.MarkAbandoned(deadline));
        Assert.True(request.CanMarkAbandoned(deadline.AddDays(1)));
        request.MarkAbandoned(deadline.AddDays(1));
        Assert.Equal(RequestStatus.Abandoned, request.Status);
    }

    [Fact]
    public void CanDecideExtension_ByTheClerkWhoAskedForIt_IsFalseAndTheEntityRefuses()
    {
        var request = In("pending-extension");

        Assert.False(request.CanDecideExtension(DisclosureRequestBuilder.Clerk));
        Assert.Throws<DomainException>(() => request.ApproveExtension(DisclosureRequestBuilder.Clerk));
        Assert.Throws<DomainException>(() => request.RefuseExtension(DisclosureRequestBuilder.Clerk));
    }

    [Fact]
    public void CanDecideProposal_ByTheProposer_IsFalseAndTheEntityRefuses()
    {
        var request = In("pending-approval");

        Assert.False(request.CanDecideProposal(DisclosureRequestBuilder.Clerk));
        Assert.Throws<DomainException>(() => request.ApproveDecision(DisclosureRequestBuilder.Clerk, Received.AddDays(6)));
        Assert.Throws<DomainException>(() => request.ReturnDecision("请补充理由。", DisclosureRequestBuilder.Clerk));
    }

    [Fact]
    public void Allowed_Registered_OnlyTheHandlingClerkRunsTheCase()
    {
        var request = In("registered");

        var clerk = request.Allowed(HandlingClerk, Today);

        Assert.True(clerk.CanAccept);
        Assert.True(clerk.CanTransfer);
        Assert.Equal(AllowedRequestActions.None, request.Allowed(OtherClerk, Today));
        Assert.Equal(AllowedRequestActions.None, request.Allowed(Head, Today));
    }

    [Fact]
    public void Allowed_PendingExtension_TheHeadDecidesAndTheClerkMayNot()
    {
        var request = In("pending-extension");

        Assert.True(request.Allowed(Head, Today).CanDecideExtension);
        Assert.False(request.Allowed(HandlingClerk, Today).CanDecideExtension);
        Assert.False(request.Allowed(Head with { UserName = DisclosureRequestBuilder.Clerk }, Today).CanDecideExtension);
    }

    [Fact]
    public void Allowed_PendingApproval_TheHeadDecidesTheProposal()
    {
        var request = In("pending-approval");

        Assert.True(request.Allowed(Head, Today).CanDecideProposal);
        Assert.False(request.Allowed(HandlingClerk, Today).CanDecideProposal);
        Assert.False(request.Allowed(HandlingClerk, Today).CanProposeDecision);
    }
}
