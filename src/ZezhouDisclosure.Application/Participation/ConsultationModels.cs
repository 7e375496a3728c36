using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>A consultation in a list (staff or public).</summary>
public sealed record ConsultationRow(
    int Id,
    string Title,
    int OrganisationId,
    string OrganisationName,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    ConsultationStatus Status,
    FeedbackStatus FeedbackStatus,
    int PendingComments,
    DateTime? PublishedAt);

/// <summary>A comment as staff see it (with the contact, which is never published).</summary>
public sealed record StaffCommentRow(
    int Id,
    int Version,
    string Text,
    string? AuthorName,
    string? Contact,
    DateTime SubmittedAt,
    CommentStatus Status,
    string? RejectionReason,
    string? ModeratedBy);

/// <summary>A published comment as the public sees it: no contact details.</summary>
public sealed record PublicCommentRow(string Text, string ShownName, DateTime SubmittedAt);

/// <summary>A document a consultation links to, or a consultation a document links back to.</summary>
public sealed record LinkedItem(int Id, string Title);
