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
    /// <summary>撤回提交: the clerk takes a submitted document back to a draft before anyone has reviewed it.</summary>
    public bool CanRecall { get; init; }

    /// <summary>单位审核通过: the unit head passes the document on to the county office.</summary>
    public bool CanApproveInUnit { get; init; }

    /// <summary>单位审核退回: the unit head returns the document to the clerk with a reason.</summary>
    public bool CanReturnInUnit { get; init; }

    /// <summary>Nothing allowed.</summary>
    public static AllowedDocumentActions None { get; } = new(false, false, false, false, false, false, false, false, false, false, false);
}
