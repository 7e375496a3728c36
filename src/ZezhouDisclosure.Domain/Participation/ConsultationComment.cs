using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Participation;

/// <summary>
/// A citizen's opinion on a 征求意见, sent without an account. Published on the page only after moderation; a
/// rejected one keeps its reason. The contact details are for the unit only, encrypted at rest, never published.
/// </summary>
public class ConsultationComment : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    /// <summary>Longest comment accepted.</summary>
    public const int MaxLength = 2000;

    private ConsultationComment()
    {
    }

    internal ConsultationComment(Consultation consultation, string text, string? authorName, string? contact, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("请填写意见内容。");
        }

        if (text.Trim().Length > MaxLength)
        {
            throw new DomainException($"意见内容不能超过 {MaxLength} 字。");
        }

        ConsultationId = consultation.Id;
        OrganisationId = consultation.OrganisationId;
        Text = text.Trim();
        AuthorName = string.IsNullOrWhiteSpace(authorName) ? null : authorName.Trim();
        Contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim();
        SubmittedAt = now;
    }

    public int ConsultationId { get; private set; }

    public int OrganisationId { get; private set; }

    /// <summary>The opinion as typed; shown as text, never as HTML.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Optional unless the consultation requires a name; shown with the published comment.</summary>
    public string? AuthorName { get; private set; }

    /// <summary>Telephone or e-mail, for the unit only: encrypted at rest and never published.</summary>
    public string? Contact { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public CommentStatus Status { get; private set; }

    public DateTime? ModeratedAt { get; private set; }

    public string? ModeratedBy { get; private set; }

    /// <summary>Why the comment is not published (e.g. 与征求意见内容无关、含有广告).</summary>
    public string? RejectionReason { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public bool CanModerate() => Status == CommentStatus.Pending;

    /// <summary>The name shown with a published comment.</summary>
    public string ShownName => AuthorName ?? "匿名";

    public void Publish(DateTime now, string by)
    {
        if (!CanModerate())
        {
            throw new DomainException("该意见已处理。");
        }

        Status = CommentStatus.Published;
        ModeratedAt = now;
        ModeratedBy = by;
    }

    public void Reject(string reason, DateTime now, string by)
    {
        if (!CanModerate())
        {
            throw new DomainException("该意见已处理。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("不予公开须说明理由。");
        }

        Status = CommentStatus.Rejected;
        RejectionReason = reason.Trim();
        ModeratedAt = now;
        ModeratedBy = by;
    }

    /// <summary>
    /// Follows its consultation when the consultation is handed over (<see cref="Consultation.HandOverTo"/>), so the unit
    /// that took over moderates it.
    /// </summary>
    public void FollowConsultation(Consultation consultation)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        if (consultation.Id != ConsultationId)
        {
            throw new DomainException("意见只能随所属的征求意见移交。");
        }

        OrganisationId = consultation.OrganisationId;
    }
}
