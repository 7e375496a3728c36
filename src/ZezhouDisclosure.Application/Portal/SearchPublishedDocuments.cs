using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Models;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Portal;

/// <summary>
/// Site search over published documents' titles, 文号, 索引号 and summaries. Wildcards typed by the user are
/// matched literally. (A Chinese full-text index replaces this behind the same query in the search work.)
/// </summary>
public sealed record SearchPublishedDocumentsQuery(string? Text, int Page) : IQuery<PagedList<PublicDocumentRow>>;

public sealed class SearchPublishedDocumentsValidator : AbstractValidator<SearchPublishedDocumentsQuery>
{
    public SearchPublishedDocumentsValidator() =>
        RuleFor(x => x.Text).MaximumLength(100).WithMessage("搜索词不能超过100个字。");
}

public sealed class SearchPublishedDocumentsHandler(IAppDbContext db)
    : IQueryHandler<SearchPublishedDocumentsQuery, PagedList<PublicDocumentRow>>
{
    public async ValueTask<PagedList<PublicDocumentRow>> Handle(
        SearchPublishedDocumentsQuery query, CancellationToken cancellationToken)
    {
        var text = query.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return new PagedList<PublicDocumentRow>([], 1, PagedList<PublicDocumentRow>.DefaultPageSize, 0);
        }

        var pattern = "%" + EscapeLike(text) + "%";
        var numberPattern = "%" + EscapeLike(DocumentNumbers.Normalise(text)!) + "%";
        var rows =
            from d in db.Documents.AsNoTracking()
            where d.Status == DocumentStatus.Published
                && (EF.Functions.Like(d.Title, pattern, "\\")
                    || (d.NormalisedDocumentNumber != null && EF.Functions.Like(d.NormalisedDocumentNumber, numberPattern, "\\"))
                    || (d.IndexNumber != null && EF.Functions.Like(d.IndexNumber, pattern, "\\"))
                    || (d.Summary != null && EF.Functions.Like(d.Summary, pattern, "\\")))
            join o in db.Organisations on d.OrganisationId equals o.Id
            orderby d.PublishedAt descending, d.Id descending
            select new PublicDocumentRow(d.Id, d.Title, d.IndexNumber, d.DocumentNumber, d.PublishedAt!.Value, o.Name, d.Summary);
        return await rows.ToPagedListAsync(query.Page, PagedList<PublicDocumentRow>.DefaultPageSize, cancellationToken);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal);
}
