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
