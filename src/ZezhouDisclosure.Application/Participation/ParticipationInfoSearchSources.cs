using System.Linq.Expressions;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// Published 公众参与事项目录 in the search index, one item per catalogue: its decision items with their methods and
/// channels, and the unit's rules of participation. A superseded version leaves the index when its amendment is published.
/// </summary>
public sealed class ParticipationCatalogueSearchSource(IAppDbContext db) : PublishedSearchSource<ParticipationCatalogue>("participation-catalogue:")
{
    public override IReadOnlyCollection<PublicContentKind> Kinds { get; } = [PublicContentKind.ParticipationCatalogue];

    protected override IQueryable<ParticipationCatalogue> Rows => db.ParticipationCatalogues;

    protected override Expression<Func<ParticipationCatalogue, bool>> IsPublished => c => c.Status == ParticipationCatalogueStatus.Published;

    protected override async Task<IReadOnlyList<SearchItem>> ReadAsync(IQueryable<ParticipationCatalogue> published, CancellationToken cancellationToken)
    {
        var rows = await published
            .Select(c => new
            {
                c.Id, c.Year, c.Scope, c.Methods, c.Channels, c.PublishedAt,
                Items = c.Items.OrderBy(i => i.Number).Select(i => new { i.Title, i.Method, i.Channel }).ToList(),
                Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new SearchItem(
            KeyOf(c.Id), SearchKind.ParticipationCatalogue, $"{c.Organisation}{c.Year}年度公众参与事项目录", ParticipationLinks.Catalogue(c.Id), c.PublishedAt ?? default)
        {
            Summary = c.Scope,
            Body = string.Join("\n", c.Items.Select(i => $"{i.Title}（{ParticipationLabels.Of(i.Method)}，{i.Channel}）")),
            ExtraTexts = [c.Methods, c.Channels],
            Organisation = c.Organisation,
            Column = "公众参与",
            Year = c.Year,
        })];
    }
}

/// <summary>Published 列席 and 访谈 records in the search index: title, topics, guests and the transcript.</summary>
public sealed class ParticipationRecordSearchSource(IAppDbContext db) : PublishedSearchSource<ParticipationRecord>("participation-record:")
{
    public override IReadOnlyCollection<PublicContentKind> Kinds { get; } = [PublicContentKind.ParticipationRecord];

    protected override IQueryable<ParticipationRecord> Rows => db.ParticipationRecords;

    protected override Expression<Func<ParticipationRecord, bool>> IsPublished => r => r.IsPublished;

    protected override async Task<IReadOnlyList<SearchItem>> ReadAsync(IQueryable<ParticipationRecord> published, CancellationToken cancellationToken)
    {
        var rows = await published
            .Select(r => new
            {
                r.Id, r.Kind, r.Title, r.Topics, r.Guests, r.Transcript, r.HeldOn, r.PublishedAt,
                Organisation = db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).First(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchItem(
            KeyOf(r.Id), SearchKind.ParticipationRecord, r.Title, ParticipationLinks.Record(r.Id), r.PublishedAt ?? default)
        {
            Summary = r.Topics,
            Body = r.Transcript,
            Keywords = ParticipationLabels.Of(r.Kind),
            ExtraTexts = r.Guests is null ? [] : [r.Guests],
            Organisation = r.Organisation,
            Column = "公众参与",
            Year = r.HeldOn.Year,
        })];
    }
}
