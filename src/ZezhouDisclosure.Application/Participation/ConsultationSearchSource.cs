using System.Globalization;
using System.Runtime.CompilerServices;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// Published 征求意见 in the search index: the draft, its notes and, once published, the 采纳情况, so that the search
/// finds a consultation by its feedback too. Re-read on every change of the consultation (or a comment on it).
/// </summary>
public sealed class ConsultationSearchSource(IAppDbContext db) : ISearchSource
{
    public IReadOnlyCollection<PublicContentKind> Kinds { get; } = [PublicContentKind.Consultation];

    public static string Key(int id) => "consultation:" + id.ToString(CultureInfo.InvariantCulture);

    public async Task UpdateAsync(IReadOnlyCollection<PublicContentChange> changes, ISearchIndex index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(index);
        var ids = changes.Select(c => c.Id).Distinct().ToList();
        var items = await ReadAsync(db.Consultations.Where(c => ids.Contains(c.Id)), cancellationToken);
        var found = items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var gone = ids.Select(Key).Where(k => !found.Contains(k)).ToList();
        if (items.Count > 0)
        {
            await index.UpsertAsync(items, cancellationToken);
        }

        if (gone.Count > 0)
        {
            await index.RemoveAsync(gone, cancellationToken);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<SearchItem>> AllAsync(int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lastId = 0;
        while (true)
        {
            var from = lastId;
            var batch = await ReadAsync(db.Consultations.Where(c => c.Id > from).OrderBy(c => c.Id).Take(Math.Max(1, batchSize)), cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            lastId = batch.Max(i => int.Parse(i.Key["consultation:".Length..], CultureInfo.InvariantCulture));
            yield return batch;
        }
    }

    private async Task<IReadOnlyList<SearchItem>> ReadAsync(IQueryable<Consultation> consultations, CancellationToken cancellationToken)
    {
        var rows = await consultations.AsNoTracking()
            .Where(c => c.Status == ConsultationStatus.Published)
            .Select(c => new
            {
                c.Id, c.Title, c.DraftText, c.DraftingNotes, c.PublishedAt, c.OpensOn, c.FeedbackStatus, c.FeedbackText,
                Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new SearchItem(Key(c.Id), SearchKind.Consultation, c.Title, ParticipationLinks.Consultation(c.Id), c.PublishedAt ?? default)
        {
            Summary = c.DraftingNotes,
            Body = c.DraftText,
            ExtraTexts = c.FeedbackStatus == FeedbackStatus.Published && c.FeedbackText is not null ? [c.FeedbackText] : [],
            Organisation = c.Organisation,
            Column = "公众参与",
            Year = c.OpensOn.Year,
        })];
    }
}
