using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Web.Features.Documents.Models;

/// <summary>
/// The drafting form. Property names equal the commands', so validation errors land on the right fields. It has no
/// organisation, status or index number: those are never taken from a form (mass assignment, SEC-AC-05).
/// </summary>
public sealed class DocumentForm
{
    public int Version { get; set; }

    public string? Title { get; set; }

    public string? BodyHtml { get; set; }

    public int ColumnId { get; set; }

    public int? TopicCategoryId { get; set; }

    public string? DocumentNumber { get; set; }

    public DateOnly? WrittenOn { get; set; }

    public string? Summary { get; set; }

    public DisclosureAttribute? Attribute { get; set; }

    public NonDisclosureGround? Ground { get; set; }

    public string? Reason { get; set; }

    public string? Keywords { get; set; }

    public string? Genre { get; set; }

    public FivePublicCategory? FivePublic { get; set; }

    public string? NoInterpretationReason { get; set; }

    /// <summary>政策性文件 (checkbox).</summary>
    public bool IsPolicy { get; set; }

    /// <summary>行政规范性文件 (checkbox).</summary>
    public bool IsNormative { get; set; }

    /// <summary>联合发文机关 (checkboxes).</summary>
    public List<int> JointIssuerIds { get; set; } = [];

    public static DocumentForm From(StaffDocument document) => new()
    {
        Version = document.Version,
        Title = document.Title,
        BodyHtml = document.BodyHtml,
        ColumnId = document.ColumnId,
        TopicCategoryId = document.TopicCategoryId,
        DocumentNumber = document.DocumentNumber,
        WrittenOn = document.WrittenOn,
        Summary = document.Summary,
        Attribute = document.Attribute,
        Ground = document.Ground,
        Reason = document.Reason,
        Keywords = document.Keywords,
        Genre = document.Genre,
        FivePublic = document.FivePublic,
        NoInterpretationReason = document.NoInterpretationReason,
        IsPolicy = document.IsPolicy,
        IsNormative = document.IsNormative,
        JointIssuerIds = [.. document.JointIssuerIds],
    };

    public CreateDocumentCommand ToCreate(bool submit) => new(
        Title, BodyHtml, ColumnId, TopicCategoryId, DocumentNumber, WrittenOn, Summary, Attribute, Ground, Reason, submit, Keywords, Genre, FivePublic, NoInterpretationReason, JointIssuerIds, IsPolicy, IsNormative);

    public UpdateDocumentCommand ToUpdate(int id, bool submit) => new(
        id, Version, Title, BodyHtml, ColumnId, TopicCategoryId, DocumentNumber, WrittenOn, Summary, Attribute, Ground, Reason, submit, Keywords, Genre, FivePublic, NoInterpretationReason, JointIssuerIds, IsPolicy, IsNormative);
}

/// <summary>The drafting page: the form, its choices, and the document's state when editing.</summary>
public sealed record EditDocumentViewModel(int? Id, DocumentForm Form, DocumentFormOptions Options, StaffDocument? Existing, string? Conflict = null);

public sealed record DocumentDetailsViewModel(StaffDocument Document, bool CanEdit, bool CanReview, string? ReturnComment = null)
{
    public bool CanWithdraw { get; init; }

    public bool CanDelete { get; init; }

    public bool CanSetValidity { get; init; }

    public string? WithdrawReason { get; init; }

    public IReadOnlyList<(int Id, string Title)> PolicyCandidates { get; init; } = [];

    /// <summary>The reason the unit head typed into the return form, shown again after a refused submission.</summary>
    public string? UnitReturnComment { get; init; }
}

public sealed record RevisionsViewModel(StaffDocument Document, IReadOnlyList<RevisionRow> Revisions, RevisionComparison? Comparison, bool CanRestore)
{
    /// <summary>Why these two revisions are compared when none were chosen (e.g. 自上次退回以来的修改).</summary>
    public string? Basis { get; init; }
}
