using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>A unit the inspector checks: the organisations current on the run's day.</summary>
public sealed record InspectedUnit(int Id, string Name, string Slug);

/// <summary>Shared reads of the built-in checks (they run as 系统, so the organisation scope lets every unit through).</summary>
internal static class InspectionScope
{
    public static DateOnly Today(this ComplianceCheckContext context) => Freshness.BeijingDay(context.Now.UtcDateTime);

    public static async Task<List<InspectedUnit>> UnitsAsync(IAppDbContext db, ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var today = context.Today();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(Organisation.HasDisclosureSection)
            .Where(o => (o.ValidFrom == null || o.ValidFrom <= today) && (o.ValidTo == null || o.ValidTo >= today))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id)
            .Select(o => new InspectedUnit(o.Id, o.Name, o.Slug)).ToListAsync(cancellationToken);
        return [.. organisations.Where(o => context.Covers(o.Id))];
    }

    /// <summary>Published documents of the units the run covers.</summary>
    public static IQueryable<Document> Published(IAppDbContext db, ComplianceCheckContext context)
    {
        var published = db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Published);
        if (context.OrganisationIds is { } ids)
        {
            var list = ids.ToList();
            published = published.Where(d => list.Contains(d.OrganisationId));
        }

        return published;
    }

    /// <summary>One unit's share of a column on the public site (<c>/xxgk/jg/{slug}/zcwj</c>).</summary>
    public static string ColumnLink(string columnPath, string organisationSlug) =>
        $"/xxgk/jg/{organisationSlug}/{(columnPath.StartsWith("xxgk/", StringComparison.Ordinal) ? columnPath[5..] : columnPath)}";

    public static string DocumentLink(int documentId) => $"/xxgk/doc/{documentId}";

    public static string Date(DateTime? utc) => utc is { } u ? Freshness.BeijingDay(u).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "无";
}
