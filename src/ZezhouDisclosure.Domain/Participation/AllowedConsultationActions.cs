namespace ZezhouDisclosure.Domain.Participation;

/// <summary>What one user may do with a consultation now; the back-office shows exactly these buttons and forms.</summary>
public sealed record AllowedConsultationActions(
    bool CanEdit,
    bool CanSubmit,
    bool CanSignOffInUnit,
    bool CanReview,
    bool CanModerate,
    bool CanWriteFeedback,
    bool CanReviewFeedback,
    bool CanLinkDecision);
