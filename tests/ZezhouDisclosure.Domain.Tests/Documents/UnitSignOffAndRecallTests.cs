using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Documents;

/// <summary>信息员 → 单位负责人 → 县政务公开办, and 撤回提交 before review.</summary>
public class UnitSignOffAndRecallTests
{
    private static readonly DateTime Now = DocumentBuilder.Now;
    private static readonly Actor ClerkOf7 = new("clerk", 7, IsReviewer: false, IsCountyWide: false);
    private static readonly Actor HeadOf7 = new("head", null, IsReviewer: false, IsCountyWide: false, UnitHeadOrganisationId: 7);
    private static readonly Actor HeadOf8 = new("head8", null, IsReviewer: false, IsCountyWide: false, UnitHeadOrganisationId: 8);
    private static readonly Actor Reviewer = new("reviewer", null, IsReviewer: true, IsCountyWide: true);

    [Fact]
    public void Submit_WithUnitSignOff_WaitsForTheUnitHeadNotTheCountyOffice()
    {
        var document = new DocumentBuilder().AwaitingUnitApproval().Build();

        Assert.Equal(DocumentStatus.AwaitingUnitApproval, document.Status);
        Assert.False(document.CanApprove());
        Assert.False(document.CanReturn());
        Assert.False(document.Allowed(Reviewer).CanApprove);
        Assert.Throws<DomainException>(() => document.Approve("140525107/2026-00001", Now, "reviewer"));
    }

    [Fact]
    public void Submit_WithoutUnitSignOff_GoesStraightToTheCountyOffice()
    {
        var document = new DocumentBuilder().Submitted().Build();

        Assert.Equal(DocumentStatus.Submitted, document.Status);
        Assert.False(document.CanSignOffInUnit());
    }

    [Fact]
    public void ApproveInUnit_AwaitingUnitApproval_GoesToTheCountyOfficeWithTheHeadsName()
    {
        var document = new DocumentBuilder().AwaitingUnitApproval().Build();

        document.ApproveInUnit(Now, "head");

        Assert.Equal(DocumentStatus.Submitted, document.Status);
        Assert.Equal("head", document.UnitApprovedBy);
        Assert.Equal(Now, document.UnitApprovedAt);
        Assert.True(document.CanApprove());
    }

    [Fact]
    public void ApproveInUnit_AlreadyWithTheCountyOffice_Throws()
    {
        Assert.Throws<DomainException>(() => new DocumentBuilder().Submitted().Build().ApproveInUnit(Now, "head"));
    }

    [Fact]
    public void ReturnInUnit_WithReason_IsReturnedToTheClerkWithTheReason()
    {
        var document = new DocumentBuilder().AwaitingUnitApproval().Build();

        document.ReturnInUnit("  请补充发文字号。 ", Now, "head");

        Assert.Equal(DocumentStatus.Returned, document.Status);
        Assert.Equal("请补充发文字号。", document.ReviewComment);
        Assert.Equal("head", document.ReviewedBy);
        Assert.True(document.CanEdit());
    }

    [Fact]
    public void ReturnInUnit_WithoutReason_Throws()
    {
        var document = new DocumentBuilder().AwaitingUnitApproval().Build();

        Assert.Throws<DomainException>(() => document.ReturnInUnit(" ", Now, "head"));
        Assert.Equal(DocumentStatus.AwaitingUnitApproval, document.Status);
    }

    [Fact]
    public void Resubmit_AfterUnitApproval_ForgetsTheEarlierSignOff()
    {
        var document = new DocumentBuilder().AwaitingUnitApproval()
            .Then(d => d.ApproveInUnit(Now, "head"))
            .Then(d => d.Return("请修改。", Now, "reviewer"))
            .Build();

        document.Submit(Now, "clerk", unitSignOff: true);

        Assert.Equal(DocumentStatus.AwaitingUnitApproval, document.Status);
        Assert.Null(document.UnitApprovedBy);
    }

    [Fact]
    public void Allowed_UnitHead_SignsOffOnlyTheOwnOrganisationsDocumentsWhileTheyWait()
    {
        var waiting = new DocumentBuilder().AwaitingUnitApproval().Build();
        var submitted = new DocumentBuilder().Submitted().Build();

        Assert.True(waiting.Allowed(HeadOf7).CanApproveInUnit);
        Assert.True(waiting.Allowed(HeadOf7).CanReturnInUnit);
        Assert.False(waiting.Allowed(HeadOf8).CanApproveInUnit);
        Assert.False(waiting.Allowed(ClerkOf7).CanApproveInUnit);
        Assert.False(waiting.Allowed(Reviewer).CanReturnInUnit);
        Assert.False(submitted.Allowed(HeadOf7).CanApproveInUnit);
        Assert.False(waiting.Allowed(HeadOf7).CanEdit);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Recall_BeforeReview_IsADraftAgainThatTheClerkMayEdit(bool unitSignOff)
    {
        var document = new DocumentBuilder().Then(d => d.Submit(Now, "clerk", unitSignOff)).Build();

        Assert.True(document.Allowed(ClerkOf7).CanRecall);
        document.Recall();

        Assert.Equal(DocumentStatus.Draft, document.Status);
        Assert.True(document.Allowed(ClerkOf7).CanEdit);
        Assert.False(document.CanRecall());
    }

    [Fact]
    public void Recall_AfterUnitSignOff_ClearsTheSignOff()
    {
        var document = new DocumentBuilder().AwaitingUnitApproval().Then(d => d.ApproveInUnit(Now, "head")).Build();

        document.Recall();

        Assert.Null(document.UnitApprovedAt);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("returned")]
    [InlineData("published")]
    public void Recall_NotWaitingForReview_Throws(string state)
    {
        var document = state switch
        {
            "draft" => new DocumentBuilder().Build(),
            "returned" => new DocumentBuilder().Returned().Build(),
            _ => new DocumentBuilder().Published().Build(),
        };

        Assert.False(document.Allowed(ClerkOf7).CanRecall);
        Assert.Throws<DomainException>(document.Recall);
    }

    [Fact]
    public void Allowed_Recall_OnlyForTheOwnOrganisationsClerk()
    {
        var document = new DocumentBuilder().Submitted().Build();

        Assert.False(document.Allowed(Reviewer).CanRecall);
        Assert.False(document.Allowed(HeadOf7).CanRecall);
        Assert.False(document.Allowed(new Actor("other", 8, false, false)).CanRecall);
    }

    [Fact]
    public void Return_RemembersTheRevisionItWasReturnedAt()
    {
        var document = new DocumentBuilder().Then(d => d.NextRevisionNumber()).Then(d => d.NextRevisionNumber()).Submitted().Build();

        document.Return("请补充。", Now, "reviewer");

        Assert.Equal(2, document.ReturnedAtRevision);
    }

    [Fact]
    public void Approve_Published_RemembersTheRevisionThatWentLive()
    {
        var document = new DocumentBuilder().Then(d => d.NextRevisionNumber()).Published().Build();

        Assert.Equal(1, document.PublishedAtRevision);
    }
}
