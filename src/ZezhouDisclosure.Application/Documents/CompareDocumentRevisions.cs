using System.Net;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// What changed between two revisions of a document: its fields and its text, line by line (tags stripped, one
/// paragraph per line), as a reviewer reads a redline.
/// </summary>
public sealed record CompareDocumentRevisionsQuery(int DocumentId, int From, int To) : IQuery<RevisionComparison>;

public sealed record RevisionComparison(int From, int To, IReadOnlyList<FieldChange> Fields, IReadOnlyList<DiffLine> Lines);

public sealed record FieldChange(string Field, string? Before, string? After);

public enum DiffLineKind
{
    Unchanged = 0,
    Added = 1,
    Removed = 2,
}

public sealed record DiffLine(DiffLineKind Kind, string Text);

public sealed partial class CompareDocumentRevisionsHandler(IAppDbContext db, ISender sender, IPublicReadCache cache)
    : IQueryHandler<CompareDocumentRevisionsQuery, RevisionComparison>
{
    public async ValueTask<RevisionComparison> Handle(CompareDocumentRevisionsQuery query, CancellationToken cancellationToken)
    {
        await sender.Send(new GetStaffDocumentQuery(query.DocumentId), cancellationToken);
        var revisions = await db.DocumentRevisions.AsNoTracking()
            .Where(r => r.DocumentId == query.DocumentId && (r.Number == query.From || r.Number == query.To))
            .ToListAsync(cancellationToken);
        var before = revisions.FirstOrDefault(r => r.Number == query.From) ?? throw new NotFoundException("版本不存在。");
        var after = revisions.FirstOrDefault(r => r.Number == query.To) ?? throw new NotFoundException("版本不存在。");

        var fields = new List<FieldChange>();
        void Compare(string field, string? a, string? b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                fields.Add(new FieldChange(field, a, b));
            }
        }

        Compare("标题", before.Title, after.Title);
        Compare("发文字号", before.DocumentNumber, after.DocumentNumber);
        Compare("成文日期", before.WrittenOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), after.WrittenOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Compare("内容概述", before.Summary, after.Summary);
        Compare("关键词", before.Keywords, after.Keywords);
        Compare("体裁", before.Genre, after.Genre);
        Compare("公开属性", DocumentLabels.Of(before.Attribute), DocumentLabels.Of(after.Attribute));
        Compare("法定依据", before.Ground is { } g1 ? NonDisclosureGrounds.Describe(g1) : null, after.Ground is { } g2 ? NonDisclosureGrounds.Describe(g2) : null);
        Compare("理由", before.Reason, after.Reason);
        Compare("栏目", before.ColumnId.ToString(System.Globalization.CultureInfo.InvariantCulture), after.ColumnId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var issuerIds = before.JointIssuerIds.Union(after.JointIssuerIds).ToList();
        var issuers = issuerIds.Zip((await OrganisationDirectory.GetAsync(db, cache, cancellationToken)).Names(issuerIds)).ToDictionary(p => p.First, p => p.Second);
        string? Names(List<int> ids) => ids.Count == 0 ? null : string.Join("、", ids.Select(id => issuers[id]));
        Compare("联合发文机关", Names(before.JointIssuerIds), Names(after.JointIssuerIds));

        var diff = InlineDiffBuilder.Diff(ToText(before.BodyHtml), ToText(after.BodyHtml), ignoreWhiteSpace: false);
        var lines = diff.Lines.Select(l => new DiffLine(
            l.Type switch { ChangeType.Inserted => DiffLineKind.Added, ChangeType.Deleted => DiffLineKind.Removed, _ => DiffLineKind.Unchanged },
            l.Text)).ToList();
        return new RevisionComparison(before.Number, after.Number, fields, lines);
    }

    /// <summary>The body as text, one paragraph or table row per line.</summary>
    public static string ToText(string html)
    {
        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, "");
        return string.Join('\n', WebUtility.HtmlDecode(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    [GeneratedRegex(@"</(p|div|h[1-6]|li|tr|blockquote|table|caption)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
