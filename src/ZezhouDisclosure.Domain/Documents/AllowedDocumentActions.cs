namespace ZezhouDisclosure.Domain.Documents;

/// <summary>
/// What one actor may do with a document now (<see cref="Document.Allowed"/>): the workflow state and the actor's
/// role, decided once by the entity so that pages and handlers do not restate the rules.
/// </summary>
public sealed record AllowedDocumentActions(
    bool CanEdit,
    bool CanSubmit,
    bool CanPublishUrgently,
    bool CanReview,
    bool CanApprove,
    bool CanReturn,
    bool CanAcknowledgeFiling,
    bool CanConfirmPostReview,
    bool CanWithdraw,
    bool CanDelete,
    bool CanSetValidity)
{
    /// <summary>Nothing allowed.</summary>
    public static AllowedDocumentActions None { get; } = new(false, false, false, false, false, false, false, false, false, false, false);
}
