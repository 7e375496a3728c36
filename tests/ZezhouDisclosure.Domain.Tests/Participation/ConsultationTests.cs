using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Domain.Tests.Participation;

/// <summary>A 征求意见's lifecycle: review like a document, comments within the period, the feedback after closing.</summary>
public class ConsultationTests
{
    private static readonly DateOnly Opens = new(2026, 12, 1);
    private static readonly DateOnly Closes = new(2026, 12, 30);

    // 2026-11-30 10:00 Beijing.
    private static readonly DateTime Now = new(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Actor ClerkOf7 = new("clerk", 7, IsReviewer: false, IsCountyWide: false);
    private static readonly Actor ClerkOf8 = new("clerk8", 8, IsReviewer: false, IsCountyWide: false);
    private static readonly Actor HeadOf7 = new("head", null, IsReviewer: false, IsCountyWide: false, UnitHeadOrganisationId: 7);
    private static readonly Actor Reviewer = new("reviewer", null, IsReviewer: true, IsCountyWide: true);

    private static ConsultationContent Content(DateOnly? opens = null, DateOnly? closes = null, string? reason = null, bool requireName = false) =>
        new("关于征求意见的公告", "第一条 正文。", "起草说明", "信函", opens ?? Opens, closes ?? Closes, reason, requireName);

    private static Consultation Published(bool requireName = false)
    {
        var consultation = new Consultation(7, Content(requireName: requireName));
        consultation.Submit(Now, "clerk");
        consultation.Approve(Now, "reviewer");
        return consultation;
    }

    private static Consultation Closed()
    {
        var consultation = Published();
        consultation.Comment("意见", null, null, Now, Closes);
        return consultation;
    }

    [Fact]
    public void New_IsADraftOfItsUnit_WithTheContentTrimmed()
    {
        var consultation = new Consultation(7, Content() with { Title = "  标题  ", DraftingNotes = " ", OtherChannels = null });

        Assert.Equal(ConsultationStatus.Draft, consultation.Status);
        Assert.Equal(7, consultation.OrganisationId);
        Assert.Equal("标题", consultation.Title);
        Assert.Null(consultation.DraftingNotes);
        Assert.True(consultation.IsEditable);
        Assert.False(consultation.IsPublic);
    }

    [Fact]
    public void New_ClosingBeforeOpening_IsRefused() =>
        Assert.Equal("截止日期不能早于开始日期。",
            Assert.Throws<DomainException>(() => new Consultation(7, Content(closes: Opens.AddDays(-1)))).Message);

    [Fact]
    public void New_LongPeriod_DropsAReasonNobodyNeeds() =>
        Assert.Null(new Consultation(7, Content(reason: "不需要")).ShortPeriodReason);

    [Fact]
    public void Submit_ShortPeriodWithoutReason_IsRefused()
    {
        var consultation = new Consultation(7, Content(closes: Opens.AddDays(9)));

        var ex = Assert.Throws<DomainException>(() => consultation.Submit(Now, "clerk"));

        Assert.Contains("少于 30 天", ex.Message);
        Assert.Equal(ConsultationStatus.Draft, consultation.Status);
    }

    [Fact]
    public void Submit_ShortPeriodWithReason_GoesToTheCountyOffice()
    {
        var consultation = new Consultation(7, Content(closes: Opens.AddDays(9), reason: "汛期临近"));

        consultation.Submit(Now, "clerk");

        Assert.Equal(ConsultationStatus.Submitted, consultation.Status);
        Assert.Equal("汛期临近", consultation.ShortPeriodReason);
        Assert.Equal("clerk", consultation.SubmittedBy);
        Assert.Equal(Now, consultation.SubmittedAt);
    }

    [Fact]
    public void Submit_WithUnitSignOff_WaitsForTheHeadWhoPassesItOn()
    {
        var consultation = new Consultation(7, Content());

        consultation.Submit(Now, "clerk", unitSignOff: true);
        var waiting = consultation.Status;
        var headMay = consultation.Allowed(HeadOf7, Opens).CanSignOffInUnit;
        var reviewerMay = consultation.Allowed(Reviewer, Opens).CanReview;
        consultation.ApproveInUnit(Now, "head");

        Assert.Equal(ConsultationStatus.AwaitingUnitApproval, waiting);
        Assert.True(headMay);
        Assert.False(reviewerMay);
        Assert.Equal(ConsultationStatus.Submitted, consultation.Status);
        Assert.Equal("head", consultation.UnitApprovedBy);
        Assert.True(consultation.Allowed(Reviewer, Opens).CanReview);
    }

    [Fact]
    public void Submit_Twice_IsRefused()
    {
        var consultation = new Consultation(7, Content());
        consultation.Submit(Now, "clerk");

        Assert.Throws<DomainException>(() => consultation.Submit(Now, "clerk"));
        Assert.Throws<DomainException>(() => consultation.Edit(Content()));
    }

    [Fact]
    public void Return_KeepsTheCommentAndTheClerkMayEditAgain()
    {
        var consultation = new Consultation(7, Content());
        consultation.Submit(Now, "clerk");

        consultation.Return("  请补充起草说明  ", Now, "reviewer");
        consultation.Edit(Content() with { Title = "新标题" });

        Assert.Equal(ConsultationStatus.Returned, consultation.Status);
        Assert.Equal("请补充起草说明", consultation.ReviewComment);
        Assert.Equal("新标题", consultation.Title);
        Assert.True(consultation.Allowed(ClerkOf7, Opens).CanSubmit);
        Assert.False(consultation.Allowed(ClerkOf8, Opens).CanSubmit);
    }

    [Fact]
    public void Return_ADraft_IsRefused() =>
        Assert.Throws<DomainException>(() => new Consultation(7, Content()).Return("理由", Now, "reviewer"));

    [Fact]
    public void Approve_PublishesAtOnce()
    {
        var consultation = Published();

        Assert.Equal(ConsultationStatus.Published, consultation.Status);
        Assert.Equal(Now, consultation.PublishedAt);
        Assert.Equal("reviewer", consultation.ReviewedBy);
        Assert.True(consultation.IsPublic);
    }

    [Fact]
    public void Approve_AfterTheClosingDay_IsRefused()
    {
        var consultation = new Consultation(7, Content());
        consultation.Submit(Now, "clerk");

        // 2026-12-31 00:00 Beijing.
        var ex = Assert.Throws<DomainException>(() => consultation.Approve(new DateTime(2026, 12, 30, 16, 0, 0, DateTimeKind.Utc), "reviewer"));

        Assert.Contains("截止日期已过", ex.Message);
    }

    [Fact]
    public void Approve_OnTheClosingDayInBeijing_Publishes()
    {
        var consultation = new Consultation(7, Content());
        consultation.Submit(Now, "clerk");

        consultation.Approve(new DateTime(2026, 12, 30, 15, 59, 0, DateTimeKind.Utc), "reviewer");

        Assert.True(consultation.IsPublic);
    }

    [Fact]
    public void Comment_BeforeOpening_SaysWhenItOpens()
    {
        var ex = Assert.Throws<DomainException>(() => Published().Comment("意见", null, null, Now, Opens.AddDays(-1)));

        Assert.Equal("征求意见尚未开始，将于 2026年12月1日 开始接受意见。", ex.Message);
    }

    [Fact]
    public void Comment_OnTheOpeningAndClosingDays_IsAccepted()
    {
        var consultation = Published();

        var first = consultation.Comment("  第一条意见  ", "  王小明 ", " 13800000000 ", Now, Opens);
        var last = consultation.Comment("最后一天的意见", "", null, Now, Closes);

        Assert.Equal("第一条意见", first.Text);
        Assert.Equal("王小明", first.AuthorName);
        Assert.Equal("13800000000", first.Contact);
        Assert.Equal(7, first.OrganisationId);
        Assert.Equal(CommentStatus.Pending, first.Status);
        Assert.Null(last.AuthorName);
        Assert.Equal("匿名", last.ShownName);
        Assert.True(consultation.AcceptsComments(Closes));
    }

    [Fact]
    public void Comment_TheDayAfterClosing_IsRefusedWithTheClosingTime()
    {
        var consultation = Published();

        var ex = Assert.Throws<DomainException>(() => consultation.Comment("意见", null, null, Now, Closes.AddDays(1)));

        Assert.Equal("征求意见已于 2026年12月30日 24 时（北京时间）截止，不再接受意见。", ex.Message);
        Assert.False(consultation.AcceptsComments(Closes.AddDays(1)));
    }

    [Fact]
    public void Comment_OnADraft_IsRefused() =>
        Assert.Throws<DomainException>(() => new Consultation(7, Content()).Comment("意见", null, null, Now, Opens));

    [Fact]
    public void Comment_NameRequiredButMissing_IsRefused() =>
        Assert.Equal("本次征求意见要求填写姓名。",
            Assert.Throws<DomainException>(() => Published(requireName: true).Comment("意见", " ", null, Now, Opens)).Message);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Comment_Empty_IsRefused(string text) =>
        Assert.Equal("请填写意见内容。", Assert.Throws<DomainException>(() => Published().Comment(text, null, null, Now, Opens)).Message);

    [Fact]
    public void Comment_Oversize_IsRefused_ButTheLimitItselfIsAccepted()
    {
        var consultation = Published();

        var ex = Assert.Throws<DomainException>(() => consultation.Comment(new string('意', ConsultationComment.MaxLength + 1), null, null, Now, Opens));
        var atLimit = consultation.Comment(new string('意', ConsultationComment.MaxLength), null, null, Now, Opens);

        Assert.Equal("意见内容不能超过 2000 字。", ex.Message);
        Assert.Equal(ConsultationComment.MaxLength, atLimit.Text.Length);
    }

    [Fact]
    public void Moderation_PublishOrRejectWithReason_OnceOnly()
    {
        var consultation = Published();
        var good = consultation.Comment("意见", null, null, Now, Opens);
        var spam = consultation.Comment("广告", null, null, Now, Opens);

        good.Publish(Now, "clerk");
        Assert.Throws<DomainException>(() => spam.Reject(" ", Now, "clerk"));
        spam.Reject(" 含有广告 ", Now, "clerk");

        Assert.Equal(CommentStatus.Published, good.Status);
        Assert.Equal("clerk", good.ModeratedBy);
        Assert.Equal(CommentStatus.Rejected, spam.Status);
        Assert.Equal("含有广告", spam.RejectionReason);
        Assert.Throws<DomainException>(() => good.Reject("理由", Now, "clerk"));
        Assert.Throws<DomainException>(() => spam.Publish(Now, "clerk"));
    }

    [Fact]
    public void Feedback_BeforeClosing_IsRefused()
    {
        var consultation = Published();

        var ex = Assert.Throws<DomainException>(() => consultation.SaveFeedback(new(0, 0, 0, 0), "说明", Closes));

        Assert.Equal("征求意见截止后才能撰写反馈。", ex.Message);
        Assert.False(consultation.Allowed(ClerkOf7, Closes).CanWriteFeedback);
    }

    [Fact]
    public void Feedback_WrittenSubmittedAndPublished_AfterClosing()
    {
        var consultation = Closed();
        var after = Closes.AddDays(1);
        // 2026-12-31 09:00 Beijing.
        var at = new DateTime(2026, 12, 31, 1, 0, 0, DateTimeKind.Utc);

        consultation.SaveFeedback(new(3, 1, 1, 1), "  一、关于……采纳。  ", after);
        var draft = consultation.FeedbackStatus;
        var clerkMay = consultation.Allowed(ClerkOf7, after).CanWriteFeedback;
        consultation.SubmitFeedback(publishedOnline: 2, at, "clerk");
        var reviewerMay = consultation.Allowed(Reviewer, after).CanReviewFeedback;
        consultation.PublishFeedback(publishedOnline: 2, at, "reviewer");

        Assert.Equal(FeedbackStatus.Draft, draft);
        Assert.True(clerkMay);
        Assert.True(reviewerMay);
        Assert.Equal(FeedbackStatus.Published, consultation.FeedbackStatus);
        Assert.Equal("一、关于……采纳。", consultation.FeedbackText);
        Assert.Equal(new FeedbackCounts(3, 1, 1, 1), consultation.Counts);
        Assert.Equal(at, consultation.FeedbackPublishedAt);
        Assert.False(consultation.CanWriteFeedback(after));
        Assert.Throws<DomainException>(() => consultation.SaveFeedback(new(3, 3, 0, 0), "改", after));
    }

    [Fact]
    public void SubmitFeedback_CountsDoNotAddUp_IsRefusedAndStaysADraft()
    {
        var consultation = Closed();
        consultation.SaveFeedback(new(5, 1, 1, 1), "说明", Closes.AddDays(1));

        var ex = Assert.Throws<DomainException>(() => consultation.SubmitFeedback(0, new DateTime(2026, 12, 31, 1, 0, 0, DateTimeKind.Utc), "clerk"));

        Assert.Contains("与收到的 5 条意见不符", ex.Message);
        Assert.Equal(FeedbackStatus.Draft, consultation.FeedbackStatus);
    }

    [Fact]
    public void SubmitFeedback_OnTheClosingDayInBeijing_IsRefused()
    {
        var consultation = Closed();
        consultation.SaveFeedback(new(1, 1, 0, 0), "说明", Closes.AddDays(1));

        // 2026-12-30 23:59 Beijing: still the closing day.
        Assert.Throws<DomainException>(() => consultation.SubmitFeedback(0, new DateTime(2026, 12, 30, 15, 59, 0, DateTimeKind.Utc), "clerk"));
    }

    [Fact]
    public void ReturnFeedback_LetsTheClerkRewriteIt()
    {
        var consultation = Closed();
        var after = Closes.AddDays(1);
        consultation.SaveFeedback(new(1, 1, 0, 0), "说明", after);
        consultation.SubmitFeedback(0, new DateTime(2026, 12, 31, 1, 0, 0, DateTimeKind.Utc), "clerk");

        consultation.ReturnFeedback(" 请说明未采纳理由 ", "reviewer");

        Assert.Equal(FeedbackStatus.Returned, consultation.FeedbackStatus);
        Assert.Equal("请说明未采纳理由", consultation.FeedbackReviewComment);
        Assert.True(consultation.CanWriteFeedback(after));
        Assert.Throws<DomainException>(() => consultation.PublishFeedback(0, Now, "reviewer"));
    }

    [Fact]
    public void IsFeedbackOverdue_FromTheThirtyFirstDayAfterClosing_UntilPublished()
    {
        var consultation = Closed();
        var due = ConsultationPeriod.FeedbackDueOn(Closes);

        Assert.False(consultation.IsFeedbackOverdue(due));
        Assert.True(consultation.IsFeedbackOverdue(due.AddDays(1)));
        Assert.False(new Consultation(7, Content()).IsFeedbackOverdue(due.AddDays(1)));
    }

    [Fact]
    public void LinkDecision_OnlyOncePublished()
    {
        var draft = new Consultation(7, Content());
        var published = Published();

        published.LinkDecision(42);

        Assert.Throws<DomainException>(() => draft.LinkDecision(42));
        Assert.Equal(42, published.DecisionDocumentId);
        Assert.True(published.Allowed(ClerkOf7, Opens).CanLinkDecision);
        Assert.False(published.Allowed(ClerkOf8, Opens).CanModerate);
    }

    [Fact]
    public void CommentFollowConsultation_HandedOver_TakesTheNewUnit_AnotherConsultationIsRefused()
    {
        var consultation = Published();
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(consultation, 5);
        var comment = consultation.Comment("意见", null, null, Now, Opens);
        var other = Published();
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(other, 6);

        consultation.HandOverTo(8);
        comment.FollowConsultation(consultation);

        Assert.Equal(8, comment.OrganisationId);
        Assert.Equal("意见只能随所属的征求意见移交。", Assert.Throws<DomainException>(() => comment.FollowConsultation(other)).Message);
        Assert.Throws<ArgumentNullException>(() => comment.FollowConsultation(null!));
        Assert.Equal(8, comment.OrganisationId);
    }
}
