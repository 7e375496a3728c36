using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Participation;

/// <summary>
/// 征求意见 on a draft decision (重大行政决策程序暂行条例): written by a unit's clerk, signed off in the unit when it
/// requires that, reviewed and published by the county office like a document; open for comments from its opening day
/// to its closing day (Beijing time); after closing, its 反馈 / 采纳情况 is written, reviewed and published on the same
/// page. It may link to the final decision document (决策结果).
/// </summary>
public class Consultation : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    private Consultation()
    {
    }

    public Consultation(int organisationId, ConsultationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        OrganisationId = organisationId;
        Apply(content);
    }

    public int OrganisationId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The draft (征求意见稿), plain text; paragraphs by line breaks.</summary>
    public string DraftText { get; private set; } = "";

    /// <summary>起草说明.</summary>
    public string? DraftingNotes { get; private set; }

    /// <summary>Channels besides the online form (信函、电子邮件、电话).</summary>
    public string? OtherChannels { get; private set; }

    public DateOnly OpensOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    /// <summary>Why the period is shorter than 30 days (required then).</summary>
    public string? ShortPeriodReason { get; private set; }

    /// <summary>Whether a commenter must give a name (the unit decides).</summary>
    public bool RequireName { get; private set; }

    public ConsultationStatus Status { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTime? UnitApprovedAt { get; private set; }

    public string? UnitApprovedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public string? ReviewComment { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>The final decision document (决策结果), once published.</summary>
    public int? DecisionDocumentId { get; private set; }

    public FeedbackStatus FeedbackStatus { get; private set; }

    /// <summary>The grouped responses with reasons (采纳情况及理由), plain text.</summary>
    public string? FeedbackText { get; private set; }

    public int FeedbackReceived { get; private set; }

    public int FeedbackAdopted { get; private set; }

    public int FeedbackPartlyAdopted { get; private set; }

    public int FeedbackNotAdopted { get; private set; }

    public DateTime? FeedbackSubmittedAt { get; private set; }

    public string? FeedbackSubmittedBy { get; private set; }

    public DateTime? FeedbackPublishedAt { get; private set; }

    public string? FeedbackReviewedBy { get; private set; }

    public string? FeedbackReviewComment { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public FeedbackCounts Counts => new(FeedbackReceived, FeedbackAdopted, FeedbackPartlyAdopted, FeedbackNotAdopted);

    public bool IsPublic => Status == ConsultationStatus.Published;

    public bool IsEditable => Status is ConsultationStatus.Draft or ConsultationStatus.Returned;

    public bool CanSubmit() => IsEditable;

    public bool CanSignOffInUnit() => Status == ConsultationStatus.AwaitingUnitApproval;

    public bool CanReview() => Status == ConsultationStatus.Submitted;

    /// <summary>Comments are accepted on a published consultation on the days of its period (Beijing).</summary>
    public bool AcceptsComments(DateOnly today) => IsPublic && ConsultationPeriod.Contains(OpensOn, ClosesOn, today);

    public bool HasClosed(DateOnly today) => IsPublic && today > ClosesOn;

    /// <summary>The feedback is written once the period has closed, until it is submitted.</summary>
    public bool CanWriteFeedback(DateOnly today) =>
        HasClosed(today) && FeedbackStatus is FeedbackStatus.None or FeedbackStatus.Draft or FeedbackStatus.Returned;

    public bool CanSubmitFeedback(DateOnly today) =>
        HasClosed(today) && FeedbackStatus is FeedbackStatus.Draft or FeedbackStatus.Returned;

    public bool CanReviewFeedback() => FeedbackStatus == FeedbackStatus.Submitted;

    /// <summary>No feedback published more than 30 days after the closing day.</summary>
    public bool IsFeedbackOverdue(DateOnly today) =>
        IsPublic && FeedbackStatus != FeedbackStatus.Published && today > ConsultationPeriod.FeedbackDueOn(ClosesOn);

    /// <summary>
    /// A merge hands the unit's open consultations to its successor: those not yet published, and published ones whose
    /// 采纳情况 is not published yet (the successor answers the comments). The period and the comments stay as they are.
    /// </summary>
    public bool IsOpenWork => !(IsPublic && FeedbackStatus == FeedbackStatus.Published);

    /// <summary>Moves an open consultation to the unit that took over (organisation merge).</summary>
    public void HandOverTo(int organisationId)
    {
        if (!IsOpenWork)
        {
            throw new DomainException("反馈已公布的征求意见不再移交给合并后的单位。");
        }

        OrganisationId = organisationId;
    }

    /// <summary>
    /// What <paramref name="actor"/> may do on <paramref name="today"/> (Beijing): the unit's clerk writes, submits,
    /// moderates, writes the feedback and links the decision; its head signs off; the county office reviews.
    /// </summary>
    public AllowedConsultationActions Allowed(Actor actor, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clerk = actor.IsClerkOf(OrganisationId);
        return new AllowedConsultationActions(
            CanEdit: clerk && IsEditable,
            CanSubmit: clerk && CanSubmit(),
            CanSignOffInUnit: actor.IsUnitHeadOf(OrganisationId) && CanSignOffInUnit(),
            CanReview: actor.IsReviewer && CanReview(),
            CanModerate: clerk && IsPublic,
            CanWriteFeedback: clerk && CanWriteFeedback(today),
            CanReviewFeedback: actor.IsReviewer && CanReviewFeedback(),
            CanLinkDecision: clerk && IsPublic);
    }

    public void Edit(ConsultationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsEditable)
        {
            throw new DomainException("只有草稿或已退回的征求意见可以修改。");
        }

        Apply(content);
    }

    /// <summary>Attaches a file to the draft (征求意见稿附件): only while the consultation is a draft or returned.</summary>
    public ConsultationAttachment Attach(ConsultationAttachmentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!IsEditable)
        {
            throw new DomainException("只有草稿或已退回的征求意见可以添加附件。");
        }

        return new ConsultationAttachment(this, file);
    }

    /// <summary>Checks that <paramref name="attachment"/> may be removed: it is this consultation's, which is a draft or returned.</summary>
    public void Detach(ConsultationAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (attachment.ConsultationId != Id)
        {
            throw new DomainException("该附件不属于此征求意见。");
        }

        if (!IsEditable)
        {
            throw new DomainException("只有草稿或已退回的征求意见可以删除附件。");
        }
    }

    /// <summary>提交审核: to the unit head when the unit signs off itself, else to the county office.</summary>
    public void Submit(DateTime now, string by, bool unitSignOff = false)
    {
        if (!CanSubmit())
        {
            throw new DomainException("只有草稿或已退回的征求意见可以提交审核。");
        }

        var problems = ConsultationPeriod.Check(OpensOn, ClosesOn, ShortPeriodReason);
        if (problems.Count > 0)
        {
            throw new DomainException(problems[0].Message);
        }

        Status = unitSignOff ? ConsultationStatus.AwaitingUnitApproval : ConsultationStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
        UnitApprovedAt = null;
        UnitApprovedBy = null;
    }

    /// <summary>单位审核通过: on to the county office.</summary>
    public void ApproveInUnit(DateTime now, string by)
    {
        if (!CanSignOffInUnit())
        {
            throw new DomainException("只有待单位审核的征求意见可以由单位负责人审核。");
        }

        Status = ConsultationStatus.Submitted;
        UnitApprovedAt = now;
        UnitApprovedBy = by;
        ReviewComment = null;
    }

    /// <summary>
    /// 审核通过 by the county office: published at once; it accepts comments from its opening day. A consultation whose
    /// closing day has already passed cannot be published.
    /// </summary>
    public void Approve(DateTime now, string by)
    {
        if (!CanReview())
        {
            throw new DomainException("只有待审核的征求意见可以审核通过。");
        }

        if (ConsultationPeriod.DayOf(now) > ClosesOn)
        {
            throw new DomainException("征求意见截止日期已过，请退回修改期限后再发布。");
        }

        Status = ConsultationStatus.Published;
        ReviewedAt = now;
        ReviewedBy = by;
        ReviewComment = null;
        PublishedAt = now;
    }

    /// <summary>退回 by the unit head or the county office, with a reason.</summary>
    public void Return(string comment, DateTime now, string by)
    {
        if (!CanReview() && !CanSignOffInUnit())
        {
            throw new DomainException("只有待审核的征求意见可以退回。");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(comment);
        Status = ConsultationStatus.Returned;
        ReviewComment = comment.Trim();
        ReviewedAt = now;
        ReviewedBy = by;
    }

    /// <summary>
    /// A citizen's comment, accepted only within the period (Beijing <paramref name="today"/>); the name is required
    /// when the unit asks for it. The text is kept as typed and always shown as text.
    /// </summary>
    public ConsultationComment Comment(string text, string? authorName, string? contact, DateTime now, DateOnly today)
    {
        if (!IsPublic)
        {
            throw new DomainException("该征求意见未发布。");
        }

        if (today < OpensOn)
        {
            throw new DomainException($"征求意见尚未开始，将于 {OpensOn:yyyy年M月d日} 开始接受意见。");
        }

        if (today > ClosesOn)
        {
            throw new DomainException($"征求意见已于 {ClosesOn:yyyy年M月d日} 24 时（北京时间）截止，不再接受意见。");
        }

        if (RequireName && string.IsNullOrWhiteSpace(authorName))
        {
            throw new DomainException("本次征求意见要求填写姓名。");
        }

        return new ConsultationComment(this, text, authorName, contact, now);
    }

    /// <summary>Saves the 反馈 / 采纳情况 as a draft; the figures are checked when it is submitted.</summary>
    public void SaveFeedback(FeedbackCounts counts, string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (!CanWriteFeedback(today))
        {
            throw new DomainException(HasClosed(today)
                ? "反馈已提交审核或已公布，不能修改。"
                : "征求意见截止后才能撰写反馈。");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        FeedbackReceived = counts.Received;
        FeedbackAdopted = counts.Adopted;
        FeedbackPartlyAdopted = counts.PartlyAdopted;
        FeedbackNotAdopted = counts.NotAdopted;
        FeedbackText = text.Trim();
        if (FeedbackStatus == FeedbackStatus.None)
        {
            FeedbackStatus = FeedbackStatus.Draft;
        }
    }

    /// <summary>Submits the feedback for review: the figures must add up.</summary>
    public void SubmitFeedback(int publishedOnline, DateTime now, string by)
    {
        if (!CanSubmitFeedback(ConsultationPeriod.DayOf(now)))
        {
            throw new DomainException("只有已截止的征求意见的反馈草稿可以提交审核。");
        }

        var problems = Counts.Check(publishedOnline);
        if (problems.Count > 0)
        {
            throw new DomainException(problems[0].Message);
        }

        FeedbackStatus = FeedbackStatus.Submitted;
        FeedbackSubmittedAt = now;
        FeedbackSubmittedBy = by;
    }

    /// <summary>The county office publishes the feedback on the consultation's page; the figures are checked again.</summary>
    public void PublishFeedback(int publishedOnline, DateTime now, string by)
    {
        if (!CanReviewFeedback())
        {
            throw new DomainException("只有待审核的反馈可以公布。");
        }

        var problems = Counts.Check(publishedOnline);
        if (problems.Count > 0)
        {
            throw new DomainException(problems[0].Message);
        }

        FeedbackStatus = FeedbackStatus.Published;
        FeedbackPublishedAt = now;
        FeedbackReviewedBy = by;
        FeedbackReviewComment = null;
    }

    public void ReturnFeedback(string comment, string by)
    {
        if (!CanReviewFeedback())
        {
            throw new DomainException("只有待审核的反馈可以退回。");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(comment);
        FeedbackStatus = FeedbackStatus.Returned;
        FeedbackReviewComment = comment.Trim();
        FeedbackReviewedBy = by;
    }

    /// <summary>Links the published decision document (决策结果); null removes the link.</summary>
    public void LinkDecision(int? documentId)
    {
        if (!IsPublic)
        {
            throw new DomainException("只有已发布的征求意见可以关联决策结果。");
        }

        DecisionDocumentId = documentId;
    }

    private void Apply(ConsultationContent content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.DraftText);
        if (content.ClosesOn < content.OpensOn)
        {
            throw new DomainException("截止日期不能早于开始日期。");
        }

        Title = content.Title.Trim();
        DraftText = content.DraftText.Trim();
        DraftingNotes = Blank(content.DraftingNotes);
        OtherChannels = Blank(content.OtherChannels);
        OpensOn = content.OpensOn;
        ClosesOn = content.ClosesOn;
        ShortPeriodReason = ConsultationPeriod.IsShort(content.OpensOn, content.ClosesOn) ? Blank(content.ShortPeriodReason) : null;
        RequireName = content.RequireName;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
