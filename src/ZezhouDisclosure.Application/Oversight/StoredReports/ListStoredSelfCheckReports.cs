using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Oversight.StoredReports;

/// <summary>The stored reports page: the reports, the units to filter by (county office only) and the months there are.</summary>
public sealed record StoredReportList(IReadOnlyList<StoredReportRow> Reports, IReadOnlyList<UnitChoice> Units, bool CanGenerate);

/// <summary>
/// Stored 月度自查报告, newest month first, the county's before the units'; filtered by year, month and unit; superseded
/// editions only on request. A unit's staff see their own units' reports only.
/// </summary>
public sealed record ListStoredSelfCheckReportsQuery(int? Year = null, int? Month = null, int? OrganisationId = null, bool IncludeSuperseded = false)
    : IQuery<StoredReportList>;

public sealed class ListStoredSelfCheckReportsHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<ListStoredSelfCheckReportsQuery, StoredReportList>
{
    public const int MostRows = 500;

    public async ValueTask<StoredReportList> Handle(ListStoredSelfCheckReportsQuery query, CancellationToken cancellationToken)
    {
        var units = OversightAccess.Units(currentUser);
        var reports = db.StoredSelfCheckReports.AsNoTracking().Visible(units);
        if (query.Year is { } year)
        {
            reports = reports.Where(r => r.Year == year);
        }

        if (query.Month is { } month)
        {
            reports = reports.Where(r => r.Month == month);
        }

        if (query.OrganisationId is { } unit)
        {
            reports = reports.Where(r => r.OrganisationId == unit);
        }

        if (!query.IncludeSuperseded)
        {
            reports = reports.Where(r => r.SupersededAt == null);
        }

        var rows = await reports.OrderByDescending(r => r.Year).ThenByDescending(r => r.Month).ThenBy(r => r.OrganisationId != null)
            .ThenBy(r => r.UnitName).ThenByDescending(r => r.Edition).Take(MostRows).Rows().ToListAsync(cancellationToken);
        var choices = units is null
            ? await db.Organisations.AsNoTracking().Where(Organisation.HasDisclosureSection).OrderBy(o => o.SortOrder)
                .Select(o => new UnitChoice(o.Id, o.Name)).ToListAsync(cancellationToken)
            : [];
        return new StoredReportList(rows, choices, units is null && currentUser.Has(Permissions.Oversight.Manage));
    }
}
