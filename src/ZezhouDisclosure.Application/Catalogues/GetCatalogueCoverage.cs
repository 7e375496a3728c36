using ZezhouDisclosure.Application.Calendar;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Catalogues;

public sealed record ItemCoverage(
    int Number, string AreaName, string Level1, string Level2, string TimeLimit, string Rule, int PublishedCount,
    DateOnly? LatestPublishedOn, TimelinessVerdict? Verdict, DateOnly? DueDate);

public sealed record TownshipCoverage(
    string OrganisationName, string OrganisationSlug, int VersionNumber, IReadOnlyList<ItemCoverage> Items, int UnfiledDocuments)
{
    public int Covered => Items.Count(i => i.PublishedCount > 0);

    public int NeverPublished => Items.Count(i => i.PublishedCount == 0);

    public int Late => Items.Count(i => i.Verdict == TimelinessVerdict.Late);
}

/// <summary>
/// Coverage and timeliness of each township's current published catalogue: per row, the published documents filed
/// under it, whether the latest met the row's 公开时限 (counted from its 成文日期 with the working-day calendar), rows
/// never published, and published documents filed under no row. The county office sees every township; a township
/// clerk sees only their own.
/// </summary>
/// <remarks><paramref name="Public"/>: the published figures for everyone (the read API); they hold no personal data.</remarks>
public sealed record GetCatalogueCoverageQuery(string? TownshipSlug, bool Public = false) : IQuery<IReadOnlyList<TownshipCoverage>>;

public sealed class GetCatalogueCoverageHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetCatalogueCoverageQuery, IReadOnlyList<TownshipCoverage>>
{
    public async ValueTask<IReadOnlyList<TownshipCoverage>> Handle(GetCatalogueCoverageQuery query, CancellationToken cancellationToken)
    {
        int? only = query.Public || currentUser.IsCountyWide() ? null : currentUser.RequireClerkOrganisation();
        var calendar = await new GetWorkingDayCalendarHandler(db).Handle(new GetWorkingDayCalendarQuery(), cancellationToken);
        var latest = db.CatalogueVersions.GroupBy(v => v.OrganisationId).Select(g => new { OrganisationId = g.Key, Number = g.Max(v => v.Number) });
        var versions = await (
            from v in db.CatalogueVersions.AsNoTracking().Include(v => v.Items)
            join l in latest on new { v.OrganisationId, v.Number } equals new { l.OrganisationId, l.Number }
            join o in db.Organisations.AsNoTracking() on v.OrganisationId equals o.Id
            where (only == null || v.OrganisationId == only) && (query.TownshipSlug == null || o.Slug == query.TownshipSlug)
            orderby o.SortOrder
            select new { Version = v, o.Name, o.Slug })
            .ToListAsync(cancellationToken);
        var organisationIds = versions.Select(v => v.Version.OrganisationId).ToList();
        var published = await db.Documents.AsNoTracking()
            .Where(d => organisationIds.Contains(d.OrganisationId) && d.Status == DocumentStatus.Published)
            .Select(d => new { d.Id, d.OrganisationId, d.WrittenOn, d.PublishedAt })
            .ToListAsync(cancellationToken);
        var filings = await db.CatalogueItemDocuments.AsNoTracking()
            .Where(f => organisationIds.Contains(f.OrganisationId))
            .Select(f => new { f.TownshipCatalogueItemId, f.DocumentId })
            .ToListAsync(cancellationToken);
        var byId = published.ToDictionary(d => d.Id);
        var result = new List<TownshipCoverage>();
        foreach (var entry in versions)
        {
            var items = new List<ItemCoverage>();
            foreach (var item in entry.Version.Items.Where(i => !i.NotInvolved).OrderBy(i => i.Number))
            {
                var documents = filings.Where(f => f.TownshipCatalogueItemId == item.SourceItemId && byId.ContainsKey(f.DocumentId))
                    .Select(f => byId[f.DocumentId]).OrderByDescending(d => d.PublishedAt).ToList();
                var newest = documents.FirstOrDefault();
                DateOnly? publishedOn = newest?.PublishedAt is DateTime at ? DateOnly.FromDateTime(ChinaTime.ToBeijing(at)) : null;
                (TimelinessVerdict Verdict, DateOnly? Due)? assessment = publishedOn is DateOnly day
                    ? Timeliness.Assess(item.Rule, newest!.WrittenOn, day, calendar)
                    : null;
                items.Add(new ItemCoverage(
                    item.Number, item.AreaName, item.Level1, item.Level2, item.TimeLimit, item.Rule.Describe(), documents.Count,
                    publishedOn, assessment?.Verdict, assessment?.Due));
            }

            var filed = filings.Select(f => f.DocumentId).ToHashSet();
            var unfiled = published.Count(d => d.OrganisationId == entry.Version.OrganisationId && !filed.Contains(d.Id));
            result.Add(new TownshipCoverage(entry.Name, entry.Slug, entry.Version.Number, items, unfiled));
        }

        return result;
    }
}
