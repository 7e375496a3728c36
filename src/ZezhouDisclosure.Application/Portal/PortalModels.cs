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
    bool AcceptsDocuments,
    DateOnly? RetiredOn = null)
{
    /// <summary>A retired column (停用): out of the navigation, its page kept as an archive.</summary>
    public bool IsRetired => RetiredOn is not null;
}

/// <summary>
/// A row of a public list: 索引号 | 标题 | 文号 | 发布日期, and the 成文日期 the 政府信息公开目录 shows as 生成日期
/// (条例第十二条 目录 fields).
/// </summary>
public sealed record PublicDocumentRow(
    int Id,
    string Title,
    string? IndexNumber,
    string? DocumentNumber,
    DateTime PublishedAt,
    string OrganisationName,
    string? Summary,
    bool HasInterpretation = false,
    DateOnly? WrittenOn = null);

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

/// <summary>
/// The shared pieces of the public document lists (pages and the read API): the column tree from the read cache, the
/// column filter, the page's ids from the covering indexes, and the rows put back in that order.
/// </summary>
public static class PublishedDocumentPages
{
    public const string ColumnTreeKey = "column-tree";

    /// <summary>Every column, parents first, kept in the read cache (ADR 0010).</summary>
    public static Task<IReadOnlyList<ColumnNode>> ColumnTreeAsync(IAppDbContext db, IPublicReadCache cache, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync<IReadOnlyList<ColumnNode>>(ColumnTreeKey, async ct => await db.Columns.AsNoTracking()
            .OrderBy(c => c.Depth).ThenBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new ColumnNode(
                c.Id, c.ParentId, c.Path, c.Name, c.Kind, c.Depth, c.SortOrder, c.Description, c.LegalBasis, c.AcceptsDocuments, c.RetiredOn))
            .ToListAsync(ct), cancellationToken).AsTask();

    /// <summary>Documents in the column at <paramref name="path"/> or below it (none when there is no such column).</summary>
    public static async Task<IQueryable<Document>> InColumnAsync(
        IQueryable<Document> documents, string path, IAppDbContext db, IPublicReadCache cache, CancellationToken cancellationToken)
    {
        var prefix = path + "/";
        var ids = (await ColumnTreeAsync(db, cache, cancellationToken))
            .Where(c => c.Path == path || c.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c.Id).ToList();

        // One column compares by equality so the index gives the order; several need IN.
        return ids.Count == 1 ? documents.Where(d => d.ColumnId == ids[0]) : documents.Where(d => ids.Contains(d.ColumnId));
    }

    /// <summary>Ids of one page, newest first: read from the covering indexes only, however deep the page.</summary>
    public static Task<List<int>> PageIdsAsync(IQueryable<Document> documents, int page, int pageSize, CancellationToken cancellationToken) =>
        PageIds(documents, page, pageSize).ToListAsync(cancellationToken);

    /// <summary>The query of <see cref="PageIdsAsync"/>, to use as a subquery (<c>ids.Contains(d.Id)</c>) in one command.</summary>
    public static IQueryable<int> PageIds(IQueryable<Document> documents, int page, int pageSize) =>
        documents.OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id)
            .Select(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize);

    /// <summary>The rows read by key, in the order of <paramref name="ids"/>.</summary>
    public static List<T> InOrderOf<T>(IEnumerable<T> rows, IReadOnlyList<int> ids, Func<T, int> id)
    {
        var position = new Dictionary<int, int>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            position[ids[i]] = i;
        }

        return [.. rows.OrderBy(r => position[id(r)])];
    }
}
