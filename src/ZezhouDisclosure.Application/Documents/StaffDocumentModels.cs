using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>A document as staff see it in the back-office.</summary>
public sealed record StaffDocument(
    int Id,
    int Version,
    int OrganisationId,
    string OrganisationName,
    int ColumnId,
    string ColumnName,
    int? TopicCategoryId,
    string Title,
    string BodyHtml,
    string? DocumentNumber,
    DateOnly? WrittenOn,
    string? Summary,
    DisclosureAttribute? Attribute,
    NonDisclosureGround? Ground,
    string? Reason,
    DocumentStatus Status,
    string? IndexNumber,
    DateTime? PublishedAt,
    DateTime? SubmittedAt,
    string? SubmittedBy,
    DateTime? ReviewedAt,
    string? ReviewedBy,
    string? ReviewComment,
    DateTime CreatedAt,
    string? CreatedBy,
    bool IsEditable,
    IReadOnlyList<AuditLine> History)
{
    public string? Keywords { get; init; }

    public string? Genre { get; init; }

    public FivePublicCategory? FivePublic { get; init; }

    public DocumentValidity Validity { get; init; }

    public bool IsNormative { get; init; }

    public DateOnly? EffectiveOn { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public string? WithdrawalReason { get; init; }

    public DateTime? WithdrawnAt { get; init; }

    public int RevisionCount { get; init; }

    public DateTime? ScheduledAt { get; init; }

    public bool AwaitingPostReview { get; init; }

    public bool RequiresFiling { get; init; }

    public DateTime? FilingAcknowledgedAt { get; init; }

    public string? FilingAcknowledgedBy { get; init; }

    /// <summary>What the current user may do with this document now, as the entity decides (<see cref="Document.Allowed"/>).</summary>
    public AllowedDocumentActions Allowed { get; init; } = AllowedDocumentActions.None;

    public ZezhouDisclosure.Domain.Columns.ColumnKind ColumnKind { get; init; }

    /// <summary>主题分类 (null when none was chosen).</summary>
    public string? TopicCategoryName { get; init; }

    /// <summary>Whether the organisation sends submissions to its unit head first (单位内审核).</summary>
    public bool RequiresUnitSignOff { get; init; }

    /// <summary>政策性文件, as the clerk declared it.</summary>
    public bool IsPolicy { get; init; }

    public DateTime? UnitApprovedAt { get; init; }

    public string? UnitApprovedBy { get; init; }

    /// <summary>The revision it had when last returned (the reviewer's diff starts there).</summary>
    public int? ReturnedAtRevision { get; init; }

    /// <summary>The revision it had when last approved for publication.</summary>
    public int? PublishedAtRevision { get; init; }

    /// <summary>The workflow steps of <see cref="StaffDocument.History"/> (审核记录): submission, sign-off, review, publication.</summary>
    public IReadOnlyList<AuditLine> ReviewHistory => [.. History.Where(h => DocumentAuditActions.Workflow.Contains(h.Action))];

    public InterpretationForm? InterpretationForm { get; init; }

    public InterpretationChannels InterpretationChannels { get; init; }

    public string? InterpretingUnit { get; init; }

    public string? NoInterpretationReason { get; init; }

    public IReadOnlyList<(int Id, string Title)> LinkedPolicies { get; init; } = [];

    public IReadOnlyList<(int Id, string Title)> LinkedInterpretations { get; init; } = [];

    /// <summary>联合发文机关: ids (for the form) and names, in the order chosen.</summary>
    public IReadOnlyList<int> JointIssuerIds { get; init; } = [];

    public IReadOnlyList<string> JointIssuerNames { get; init; } = [];

    /// <summary>附件, in their order.</summary>
    public IReadOnlyList<Attachments.AttachmentRow> Attachments { get; init; } = [];
}

/// <summary>One line of a record's history.</summary>
public sealed record AuditLine(DateTime At, string UserName, string Action, string Summary);

/// <summary>A row of the back-office document list.</summary>
public sealed record StaffDocumentRow(
    int Id,
    string Title,
    string OrganisationName,
    string ColumnName,
    DocumentStatus Status,
    DisclosureAttribute? Attribute,
    string? IndexNumber,
    DateTime? SubmittedAt,
    DateTime UpdatedOrCreatedAt,
    bool AwaitingPostReview = false);
