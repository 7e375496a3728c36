using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Portal;

/// <summary>A column of the public tree.</summary>
public sealed record ColumnNode(
    int Id,
    int? ParentId,
    string Path,
    string Name,
    ColumnKind Kind,
    int Depth,
    int SortOrder,
    string? Description,
    string? LegalBasis,
    bool AcceptsDocuments);

/// <summary>A row of a public list: 索引号 | 标题 | 文号 | 发布日期 (条例第十二条 目录 fields).</summary>
public sealed record PublicDocumentRow(
    int Id,
    string Title,
    string? IndexNumber,
    string? DocumentNumber,
    DateTime PublishedAt,
    string OrganisationName,
    string? Summary,
    bool HasInterpretation = false);

/// <summary>A linked document shown on a document page (解读 of a policy, or the policy a 解读 explains).</summary>
public sealed record LinkedDocument(int Id, string Title, InterpretationForm? Form);

/// <summary>A published document with its standard metadata block.</summary>
public sealed record PublishedDocument(
    int Id,
    string Title,
    string BodyHtml,
    string? IndexNumber,
    string? TopicCategory,
    string OrganisationName,
    string OrganisationSlug,
    DateOnly? WrittenOn,
    string? DocumentNumber,
    DateTime PublishedAt,
    DocumentValidity Validity,
    DisclosureAttribute? Attribute,
    string? Summary,
    string ColumnPath,
    string ColumnName,
    DateTime? UpdatedAt,
    DocumentStatus Status = DocumentStatus.Published,
    DateTime? WithdrawnAt = null,
    string? WithdrawalReason = null,
    string? Keywords = null,
    string? Genre = null,
    FivePublicCategory? FivePublic = null,
    bool IsNormative = false,
    DateOnly? EffectiveOn = null,
    DateOnly? ExpiresOn = null)
{
    public IReadOnlyList<LinkedDocument> Interpretations { get; init; } = [];

    public IReadOnlyList<LinkedDocument> Policies { get; init; } = [];

    public InterpretationForm? InterpretationForm { get; init; }

    public string? InterpretingUnit { get; init; }

    /// <summary>联合发文机关, shown after the issuing organisation in 发布机构 (“A、B”).</summary>
    public IReadOnlyList<string> JointIssuers { get; init; } = [];

    /// <summary>附件, in their order.</summary>
    public IReadOnlyList<Attachments.AttachmentRow> Attachments { get; init; } = [];

    public bool IsWithdrawn => Status == DocumentStatus.Withdrawn;
}

public static class ColumnTreeNodes
{
    /// <summary>
    /// Ids of the column at <paramref name="path"/> and of every column below it (none when there is no such column),
    /// kept in the read cache.
    /// </summary>
    public static async Task<IReadOnlyList<int>> SelfAndDescendantsAsync(
        IAppDbContext db, IPublicReadCache cache, string path, CancellationToken cancellationToken)
    {
        var prefix = path + "/";
        return await cache.GetOrCreateAsync<IReadOnlyList<int>>("column-ids:" + path, async ct => await db.Columns.AsNoTracking()
            .Where(c => c.Path == path || c.Path.StartsWith(prefix))
            .Select(c => c.Id).ToListAsync(ct), cancellationToken);
    }
}
