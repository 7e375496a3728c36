using System.Globalization;
using System.Linq.Expressions;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// Published 征求意见 in the search index: the draft, its notes, the text of its attachments and, once published, the 采纳情况, so that the search
/// finds a consultation by its feedback too. Re-read on every change of the consultation (or a comment on it).
/// </summary>
public sealed class ConsultationSearchSource(IAppDbContext db) : PublishedSearchSource<Consultation>(KeyPrefix)
{
    private const string KeyPrefix = "consultation:";

    public override IReadOnlyCollection<PublicContentKind> Kinds { get; } = [PublicContentKind.Consultation];

    protected override IQueryable<Consultation> Rows => db.Consultations;

    protected override Expression<Func<Consultation, bool>> IsPublished => c => c.Status == ConsultationStatus.Published;

    public static string Key(int id) => KeyPrefix + id.ToString(CultureInfo.InvariantCulture);

    protected override async Task<IReadOnlyList<SearchItem>> ReadAsync(IQueryable<Consultation> published, CancellationToken cancellationToken)
    {
        var rows = await published
            .Select(c => new
            {
                c.Id, c.Title, c.DraftText, c.DraftingNotes, c.PublishedAt, c.OpensOn, c.FeedbackStatus, c.FeedbackText,
                Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(c => c.Id).ToList();
        var files = (await db.ConsultationAttachments.AsNoTracking()
                .Where(a => ids.Contains(a.ConsultationId) && a.ExtractedText != null)
                .OrderBy(a => a.Id)
                .Select(a => new { a.ConsultationId, a.ExtractedText })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.ConsultationId, a => a.ExtractedText!);
        return [.. rows.Select(c => new SearchItem(Key(c.Id), SearchKind.Consultation, c.Title, ParticipationLinks.Consultation(c.Id), c.PublishedAt ?? default)
        {
            Summary = c.DraftingNotes,
            Body = c.DraftText,
            ExtraTexts = c.FeedbackStatus == FeedbackStatus.Published && c.FeedbackText is not null ? [.. files[c.Id], c.FeedbackText] : [.. files[c.Id]],
            Organisation = c.Organisation,
            Column = "公众参与",
            Year = c.OpensOn.Year,
        })];
    }
}
