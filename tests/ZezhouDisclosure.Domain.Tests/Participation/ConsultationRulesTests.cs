using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Domain.Tests.Participation;

/// <summary>
/// The exact refusals, resets and permissions of a 征求意见 (<see cref="Consultation"/>): each message, each field a
/// transition clears, and what each role may do in each state.
/// </summary>
public class ConsultationRulesTests
{
    private static readonly DateOnly Opens = new(2026, 12, 1);
    private static readonly DateOnly Closes = new(2026, 12, 30);
    private static readonly DateOnly AfterClosing = new(2026, 12, 31);

    // 2026-11-30 10:00 Beijing.
    private static readonly DateTime Now = new(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);

    // 2026-12-31 09:00 Beijing.
    private static readonly DateTime Later = new(2026, 12, 31, 1, 0, 0, DateTimeKind.Utc);

    private static readonly Actor ClerkOf7 = new("clerk", 7, IsReviewer: false, IsCountyWide: false);
    private static readonly Actor ClerkOf8 = new("clerk8", 8, IsReviewer: false, IsCountyWide: false);
    private static readonly Actor HeadOf7 = new("head", null, IsReviewer: false, IsCountyWide: false, UnitHeadOrganisationId: 7);
    private static readonly Actor HeadOf8 = new("head8", null, IsReviewer: false, IsCountyWide: false, UnitHeadOrganisationId: 8);
    private static readonly Actor Reviewer = new("reviewer", null, IsReviewer: true, IsCountyWide: true);

    private static ConsultationContent Content() => new("标题", "正文", null, null, Opens, Closes, null, false);

    private static Consultation Submitted(bool unitSignOff = false)
    {
        var consultation = new Consultation(7, Content());
        consultation.Submit(Now, "clerk", unitSignOff);
        return consultation;
    }

    private static Consultation Published()
    {
        var consultation = Submitted();
        consultation.Approve(Now, "reviewer");
        return consultation;
    }

    private static Consultation WithFeedbackDraft()
    {
        var consultation = Published();
        consultation.SaveFeedback(new FeedbackCounts(3, 1, 1, 1), "采纳情况", AfterClosing);
        return consultation;
    }

    private static Consultation WithFeedbackSubmitted()
    {
        var consultation = WithFeedbackDraft();
        consultation.SubmitFeedback(0, Later, "clerk");
        return consultation;
    }

    private static string Refusal(Action act) => Assert.Throws<DomainException>(act).Message;

    [Fact]
    public void New_TrimsEveryText_AndKeepsTheReasonOfAShortPeriod()
    {
        var consultation = new Consultation(7, new ConsultationContent(" 标题 ", " 正文 ", " 说明 ", " 信函 ", Opens, Opens.AddDays(9), " 汛期 ", true));

        Assert.Equal(("标题", "正文", "说明", "信函", "汛期"),
            (consultation.Title, consultation.DraftText, consultation.DraftingNotes, consultation.OtherChannels, consultation.ShortPeriodReason));
        Assert.Equal((Opens, Opens.AddDays(9)), (consultation.OpensOn, consultation.ClosesOn));
        Assert.True(consultation.RequireName);
        Assert.Null(new Consultation(7, Content() with { OtherChannels = " " }).OtherChannels);
        Assert.Null(new Consultation(7, Content() with { OpensOn = Opens, ClosesOn = Opens.AddDays(9), ShortPeriodReason = " " }).ShortPeriodReason);
    }

    [Fact]
    public void New_ClosingOnTheOpeningDay_IsAccepted() =>
        Assert.Equal(Opens, new Consultation(7, Content() with { ClosesOn = Opens }).ClosesOn);

    [Theory]
    [InlineData(" ", "正文")]
    [InlineData("标题", " ")]
    public void New_BlankTitleOrDraft_IsRefused(string title, string draft) =>
        Assert.ThrowsAny<ArgumentException>(() => new Consultation(7, Content() with { Title = title, DraftText = draft }));

    [Fact]
    public void Edit_ADraft_ReplacesTheContent_ASubmittedOne_IsRefused()
    {
        var draft = new Consultation(7, Content());
        draft.Edit(Content() with { Title = "新标题", RequireName = true });
        var submitted = Submitted();

        Assert.Equal("新标题", draft.Title);
        Assert.True(draft.RequireName);
        Assert.Equal("只有草稿或已退回的征求意见可以修改。", Refusal(() => submitted.Edit(Content())));
        Assert.Equal("只有草稿或已退回的征求意见可以提交审核。", Refusal(() => submitted.Submit(Now, "clerk")));
        Assert.False(submitted.CanSubmit());
    }

    [Fact]
    public void Submit_AgainAfterAReturn_ClearsTheEarlierUnitSignOff()
    {
        var consultation = Submitted(unitSignOff: true);
        consultation.ApproveInUnit(Now, "head");
        consultation.Return("请修改", Now, "reviewer");

        consultation.Submit(Later, "clerk2", unitSignOff: true);

        Assert.Equal(ConsultationStatus.AwaitingUnitApproval, consultation.Status);
        Assert.Null(consultation.UnitApprovedAt);
        Assert.Null(consultation.UnitApprovedBy);
        Assert.Equal((Later, "clerk2"), (consultation.SubmittedAt, consultation.SubmittedBy));
    }

    [Fact]
    public void ApproveInUnit_ClearsTheUnitHeadsEarlierComment_AndIsRefusedOutsideItsStep()
    {
        var consultation = Submitted(unitSignOff: true);
        consultation.Return(" 请补充 ", Now, "head");
        Assert.Equal(("请补充", "head", (DateTime?)Now), (consultation.ReviewComment, consultation.ReviewedBy, consultation.ReviewedAt));
        consultation.Submit(Now, "clerk", unitSignOff: true);

        consultation.ApproveInUnit(Later, "head");

        Assert.Equal(ConsultationStatus.Submitted, consultation.Status);
        Assert.Null(consultation.ReviewComment);
        Assert.Equal((Later, "head"), (consultation.UnitApprovedAt, consultation.UnitApprovedBy));
        Assert.Equal("只有待单位审核的征求意见可以由单位负责人审核。", Refusal(() => consultation.ApproveInUnit(Now, "head")));
    }

    [Fact]
    public void Approve_ClearsTheEarlierReturnComment_AndIsRefusedUnlessSubmitted()
    {
        var consultation = Submitted();
        consultation.Return("请补充", Now, "reviewer");
        consultation.Submit(Now, "clerk");

        consultation.Approve(Later.AddDays(-2), "reviewer2");

        Assert.Null(consultation.ReviewComment);
        Assert.Equal((Later.AddDays(-2), "reviewer2"), (consultation.ReviewedAt, consultation.ReviewedBy));
        Assert.Equal("只有待审核的征求意见可以审核通过。", Refusal(() => new Consultation(7, Content()).Approve(Now, "reviewer")));
        Assert.Equal("只有待审核的征求意见可以审核通过。", Refusal(() => Submitted(unitSignOff: true).Approve(Now, "reviewer")));
    }

    [Fact]
    public void Return_OfADraftOrAPublishedOne_IsRefused_ABlankComment_ChangesNothing()
    {
        var submitted = Submitted();

        Assert.Equal("只有待审核的征求意见可以退回。", Refusal(() => new Consultation(7, Content()).Return("理由", Now, "reviewer")));
        Assert.Equal("只有待审核的征求意见可以退回。", Refusal(() => Published().Return("理由", Now, "reviewer")));
        Assert.ThrowsAny<ArgumentException>(() => submitted.Return(" ", Now, "reviewer"));
        Assert.Equal(ConsultationStatus.Submitted, submitted.Status);
    }

    [Fact]
    public void Comment_OnAnUnpublishedOne_IsRefused()
    {
        Assert.Equal("该征求意见未发布。", Refusal(() => new Consultation(7, Content()).Comment("意见", null, null, Now, Opens)));
        Assert.Equal("该征求意见未发布。", Refusal(() => Submitted().Comment("意见", null, null, Now, Opens)));
    }

    [Fact]
    public void AcceptsCommentsAndHasClosed_OnlyForAPublishedOne()
    {
        var draft = new Consultation(7, Content());
        var published = Published();

        Assert.False(draft.AcceptsComments(Opens));
        Assert.False(draft.HasClosed(AfterClosing));
        Assert.True(published.AcceptsComments(Opens));
        Assert.False(published.AcceptsComments(Opens.AddDays(-1)));
        Assert.False(published.HasClosed(Closes));
        Assert.True(published.HasClosed(AfterClosing));
    }

    [Fact]
    public void SaveFeedback_TrimsTheText_ABlankText_IsRefused()
    {
        var consultation = Published();

        Assert.ThrowsAny<ArgumentException>(() => consultation.SaveFeedback(new FeedbackCounts(0, 0, 0, 0), " ", AfterClosing));
        Assert.Equal(FeedbackStatus.None, consultation.FeedbackStatus);
        consultation.SaveFeedback(new FeedbackCounts(4, 1, 2, 1), " 采纳情况 ", AfterClosing);
        Assert.Equal("采纳情况", consultation.FeedbackText);
        Assert.Equal((4, 1, 2, 1), (consultation.FeedbackReceived, consultation.FeedbackAdopted, consultation.FeedbackPartlyAdopted, consultation.FeedbackNotAdopted));
        Assert.Equal(FeedbackStatus.Draft, consultation.FeedbackStatus);
    }

    [Fact]
    public void SaveFeedback_OnceSubmitted_IsRefused_AfterAReturn_StaysReturnedUntilResubmitted()
    {
        var consultation = WithFeedbackSubmitted();

        Assert.Equal("反馈已提交审核或已公布，不能修改。", Refusal(() => consultation.SaveFeedback(new FeedbackCounts(0, 0, 0, 0), "改", AfterClosing)));
        consultation.ReturnFeedback(" 请补充理由 ", "reviewer");
        consultation.SaveFeedback(new FeedbackCounts(3, 3, 0, 0), "改", AfterClosing);

        Assert.Equal(FeedbackStatus.Returned, consultation.FeedbackStatus);
        Assert.Equal(("请补充理由", "reviewer"), (consultation.FeedbackReviewComment, consultation.FeedbackReviewedBy));
        Assert.True(consultation.CanSubmitFeedback(AfterClosing));
    }

    [Fact]
    public void SubmitFeedback_WithoutADraft_OrBeforeClosing_IsRefused()
    {
        var consultation = Published();

        Assert.False(consultation.CanSubmitFeedback(AfterClosing));
        Assert.Equal("只有已截止的征求意见的反馈草稿可以提交审核。", Refusal(() => consultation.SubmitFeedback(0, Later, "clerk")));
        Assert.False(WithFeedbackDraft().CanSubmitFeedback(Closes));
    }

    [Fact]
    public void SubmitFeedback_StampsWhoAndWhen_AndOnlyTheReviewerMayPublish()
    {
        var consultation = WithFeedbackSubmitted();

        Assert.Equal(FeedbackStatus.Submitted, consultation.FeedbackStatus);
        Assert.Equal((Later, "clerk"), (consultation.FeedbackSubmittedAt, consultation.FeedbackSubmittedBy));
        Assert.True(consultation.CanReviewFeedback());
        Assert.False(consultation.CanWriteFeedback(AfterClosing));
        Assert.False(consultation.CanSubmitFeedback(AfterClosing));
    }

    [Fact]
    public void PublishFeedback_ChecksTheFiguresAgainstTheCommentsPublishedOnline()
    {
        var consultation = WithFeedbackSubmitted();

        var ex = Refusal(() => consultation.PublishFeedback(4, Later, "reviewer"));

        Assert.Equal("收到意见条数不能少于网上已公开的 4 条意见。", ex);
        Assert.Equal(FeedbackStatus.Submitted, consultation.FeedbackStatus);
        consultation.PublishFeedback(3, Later, "reviewer");
        Assert.Equal(FeedbackStatus.Published, consultation.FeedbackStatus);
    }

    [Fact]
    public void PublishFeedback_ClearsTheEarlierReturnComment_AndIsRefusedUnlessSubmitted()
    {
        var consultation = WithFeedbackSubmitted();
        consultation.ReturnFeedback("请补充", "reviewer");
        consultation.SubmitFeedback(0, Later, "clerk");

        consultation.PublishFeedback(0, Later, "reviewer2");

        Assert.Null(consultation.FeedbackReviewComment);
        Assert.Equal((Later, "reviewer2"), (consultation.FeedbackPublishedAt, consultation.FeedbackReviewedBy));
        Assert.Equal("只有待审核的反馈可以公布。", Refusal(() => WithFeedbackDraft().PublishFeedback(0, Later, "reviewer")));
        Assert.Equal("只有待审核的反馈可以退回。", Refusal(() => WithFeedbackDraft().ReturnFeedback("理由", "reviewer")));
        Assert.ThrowsAny<ArgumentException>(() => WithFeedbackSubmitted().ReturnFeedback(" ", "reviewer"));
    }

    [Fact]
    public void IsFeedbackOverdue_NeverOnceThePublishedFeedbackIsOut()
    {
        var consultation = WithFeedbackSubmitted();
        var overdue = ConsultationPeriod.FeedbackDueOn(Closes).AddDays(1);

        Assert.True(consultation.IsFeedbackOverdue(overdue));
        consultation.PublishFeedback(0, Later, "reviewer");
        Assert.False(consultation.IsFeedbackOverdue(overdue));
    }

    [Fact]
    public void LinkDecision_NullRemovesTheLink_AndAnUnpublishedOneIsRefused()
    {
        var consultation = Published();
        consultation.LinkDecision(42);

        consultation.LinkDecision(null);

        Assert.Null(consultation.DecisionDocumentId);
        Assert.Equal("只有已发布的征求意见可以关联决策结果。", Refusal(() => Submitted().LinkDecision(42)));
    }

    [Fact]
    public void Allowed_ADraft_ItsClerkEditsAndSubmits_NobodyElseDoesAnything()
    {
        var draft = new Consultation(7, Content());
        var none = new AllowedConsultationActions(false, false, false, false, false, false, false, false);

        Assert.Equal(none with { CanEdit = true, CanSubmit = true }, draft.Allowed(ClerkOf7, Opens));
        Assert.Equal(none, draft.Allowed(ClerkOf8, Opens));
        Assert.Equal(none, draft.Allowed(HeadOf7, Opens));
        Assert.Equal(none, draft.Allowed(Reviewer, Opens));
    }

    [Fact]
    public void Allowed_AwaitingTheUnit_OnlyItsHeadSignsOff_Submitted_OnlyTheReviewerReviews()
    {
        var awaiting = Submitted(unitSignOff: true);
        var submitted = Submitted();
        var none = new AllowedConsultationActions(false, false, false, false, false, false, false, false);

        Assert.Equal(none with { CanSignOffInUnit = true }, awaiting.Allowed(HeadOf7, Opens));
        Assert.Equal(none, awaiting.Allowed(HeadOf8, Opens));
        Assert.Equal(none, awaiting.Allowed(ClerkOf7, Opens));
        Assert.Equal(none, awaiting.Allowed(Reviewer, Opens));
        Assert.Equal(none with { CanReview = true }, submitted.Allowed(Reviewer, Opens));
        Assert.Equal(none, submitted.Allowed(HeadOf7, Opens));
        Assert.Equal(none, submitted.Allowed(ClerkOf7, Opens));
    }

    [Fact]
    public void Allowed_Published_ItsClerkModeratesLinksAndAfterClosingWritesTheFeedback_TheReviewerReviewsIt()
    {
        var published = Published();
        var feedback = WithFeedbackSubmitted();
        var none = new AllowedConsultationActions(false, false, false, false, false, false, false, false);

        Assert.Equal(none with { CanModerate = true, CanLinkDecision = true }, published.Allowed(ClerkOf7, Closes));
        Assert.Equal(none with { CanModerate = true, CanLinkDecision = true, CanWriteFeedback = true }, published.Allowed(ClerkOf7, AfterClosing));
        Assert.Equal(none, published.Allowed(ClerkOf8, AfterClosing));
        Assert.Equal(none, published.Allowed(Reviewer, AfterClosing));
        Assert.Equal(none with { CanReviewFeedback = true }, feedback.Allowed(Reviewer, AfterClosing));
        Assert.Equal(none with { CanModerate = true, CanLinkDecision = true }, feedback.Allowed(ClerkOf7, AfterClosing));
    }

    [Fact]
    public void HandOverTo_OpenWorkInEveryStage_MovesToTheSuccessor()
    {
        Consultation[] open = [new(7, Content()), Submitted(), Submitted(unitSignOff: true), Published(), WithFeedbackDraft(), WithFeedbackSubmitted()];

        foreach (var consultation in open)
        {
            Assert.True(consultation.IsOpenWork);
            consultation.HandOverTo(8);
            Assert.Equal(8, consultation.OrganisationId);
        }
    }

    [Fact]
    public void HandOverTo_FeedbackPublished_RefusedAndStaysWithItsUnit()
    {
        var consultation = WithFeedbackSubmitted();
        consultation.PublishFeedback(3, Later, "reviewer");

        Assert.False(consultation.IsOpenWork);
        Assert.Equal("反馈已公布的征求意见不再移交给合并后的单位。", Refusal(() => consultation.HandOverTo(8)));
        Assert.Equal(7, consultation.OrganisationId);
    }
}
