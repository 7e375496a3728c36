using ZezhouDisclosure.Application.Calendar;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>How a catalogue row stands, as the dashboard filters it.</summary>
public enum CoverageStatus
{
    /// <summary>按时: the latest publication met the 公开时限.</summary>
    OnTime = 1,

    /// <summary>超期: the latest publication came after the deadline.</summary>
    Late = 2,

    /// <summary>未发布: nothing published under the row yet.</summary>
    NeverPublished = 3,

    /// <summary>无法判断: no countable deadline, or no 成文日期 to count from.</summary>
    NotAssessable = 4,
}

public sealed record ItemCoverage(
    int Number, string AreaName, string Level1, string Level2, string TimeLimit, string Rule, int PublishedCount,
    DateOnly? LatestPublishedOn, TimelinessVerdict? Verdict, DateOnly? DueDate)
{
    public CoverageStatus Status => PublishedCount == 0
        ? CoverageStatus.NeverPublished
        : Verdict switch
        {
            TimelinessVerdict.OnTime => CoverageStatus.OnTime,
            TimelinessVerdict.Late => CoverageStatus.Late,
            _ => CoverageStatus.NotAssessable,
        };

    public static string Label(CoverageStatus status) => status switch
    {
        CoverageStatus.OnTime => "按时",
        CoverageStatus.Late => "超期",
        CoverageStatus.NeverPublished => "未发布",
        _ => "无法判断",
    };
}

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
/// clerk sees only their own. Optional filters: one township (county office only: a clerk is always scoped to their
/// own), one pilot area (by slug, or <see cref="CommonAreaSlug"/> for the township's common items) and one
/// <see cref="CoverageStatus"/>. With an area or status filter, only the matching rows are listed and counted, and
/// townships without any are left out.
/// </summary>
/// <remarks><paramref name="Public"/>: the published figures for everyone (the read API); they hold no personal data.</remarks>
public sealed record GetCatalogueCoverageQuery(
    string? TownshipSlug, string? AreaSlug = null, CoverageStatus? Status = null, bool Public = false)
    : IQuery<IReadOnlyList<TownshipCoverage>>
{
    /// <summary>The area filter value for the township's common items (乡镇共性事项).</summary>
    public const string CommonAreaSlug = "gxsx";
}

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
        int? areaFilter = null;
        if (query.AreaSlug is { Length: > 0 } areaSlug && areaSlug != GetCatalogueCoverageQuery.CommonAreaSlug)
        {
            areaFilter = await db.PilotAreas.AsNoTracking().Where(a => a.Slug == areaSlug).Select(a => (int?)a.Id)
                .FirstOrDefaultAsync(cancellationToken) ?? -1;
        }

        var commonOnly = query.AreaSlug == GetCatalogueCoverageQuery.CommonAreaSlug;
        var byId = published.ToDictionary(d => d.Id);
        var result = new List<TownshipCoverage>();
        foreach (var entry in versions)
        {
            var items = new List<ItemCoverage>();
            var rows = entry.Version.Items.Where(i => !i.NotInvolved)
                .Where(i => (!commonOnly || i.PilotAreaId == null) && (areaFilter == null || i.PilotAreaId == areaFilter));
            foreach (var item in rows.OrderBy(i => i.Number))
            {
                var documents = filings.Where(f => f.TownshipCatalogueItemId == item.SourceItemId && byId.ContainsKey(f.DocumentId))
                    .Select(f => byId[f.DocumentId]).OrderByDescending(d => d.PublishedAt).ToList();
                var newest = documents.FirstOrDefault();
                DateOnly? publishedOn = newest?.PublishedAt is DateTime at ? DateOnly.FromDateTime(ChinaTime.ToBeijing(at)) : null;
                (TimelinessVerdict Verdict, DateOnly? Due)? assessment = publishedOn is DateOnly day
                    ? Timeliness.Assess(item.Rule, newest!.WrittenOn, day, calendar)
                    : null;
                var coverage = new ItemCoverage(
                    item.Number, item.AreaName, item.Level1, item.Level2, item.TimeLimit, item.Rule.Describe(), documents.Count,
                    publishedOn, assessment?.Verdict, assessment?.Due);
                if (query.Status is null || coverage.Status == query.Status)
                {
                    items.Add(coverage);
                }
            }

            if (items.Count == 0 && (query.AreaSlug is { Length: > 0 } || query.Status is not null))
            {
                continue;
            }

            var filed = filings.Select(f => f.DocumentId).ToHashSet();
            var unfiled = published.Count(d => d.OrganisationId == entry.Version.OrganisationId && !filed.Contains(d.Id));
            result.Add(new TownshipCoverage(entry.Name, entry.Slug, entry.Version.Number, items, unfiled));
        }

        return result;
    }
}
