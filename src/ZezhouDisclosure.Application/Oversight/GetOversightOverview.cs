using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>A rule column of the heat table.</summary>
public sealed record OverviewCheck(string Code, string Name, string Source);

/// <summary>One unit's row: open findings per rule, vetoes, the total now and at the end of last month (the trend).</summary>
public sealed record OverviewUnit(int OrganisationId, string Name, IReadOnlyDictionary<string, int> OpenByCheck, int Vetoes, int Deductions, int Open, int OpenLastMonth, int OverdueRectifications)
{
    public int Trend => Open - OpenLastMonth;
}

public sealed record OversightOverview(
    IReadOnlyList<OverviewCheck> Checks, IReadOnlyList<OverviewUnit> Units, int SiteOpen, InspectionRunRow? LastRun);

public sealed record InspectionRunRow(int Id, string Trigger, DateTime StartedAt, DateTime? FinishedAt, string StartedBy, int Opened, int Closed, int Observations, string? FailedChecks);

/// <summary>
/// 县政务公开办's overview: units × rules as a heat table of open findings, worst first (vetoes, then deductions, then all),
/// with the trend against the end of last month, overdue 整改, and the last run.
/// </summary>
public sealed record GetOversightOverviewQuery : IQuery<OversightOverview>;

public sealed class GetOversightOverviewHandler(IAppDbContext db, ICurrentUser currentUser, IEnumerable<IComplianceCheck> checks, TimeProvider time)
    : IQueryHandler<GetOversightOverviewQuery, OversightOverview>
{
    public async ValueTask<OversightOverview> Handle(GetOversightOverviewQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.ViewCountyWide, "只有县政务公开办可以查看全县监测概况。");
        var today = ChinaTime.Today(time);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var lastMonthEnd = monthStart.ToDateTime(TimeOnly.MinValue).Add(-ChinaTime.Offset); // Beijing midnight of the 1st, in UTC
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.ClosedAt == null || f.ClosedAt > lastMonthEnd)
            .Select(f => new { f.OrganisationId, f.CheckCode, f.Level, f.FirstSeenAt, f.ClosedAt }).ToListAsync(cancellationToken);
        var overdue = (await db.Rectifications.AsNoTracking().Where(r => r.Status != RectificationStatus.Verified && r.DueOn < today)
            .Select(r => r.OrganisationId).ToListAsync(cancellationToken)).CountBy(id => id).ToDictionary();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(Organisation.HasDisclosureSection)
            .Where(o => (o.ValidFrom == null || o.ValidFrom <= today) && (o.ValidTo == null || o.ValidTo >= today))
            .OrderBy(o => o.SortOrder).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var units = organisations.Select(o =>
        {
            var mine = findings.Where(f => f.OrganisationId == o.Id).ToList();
            var open = mine.Where(f => f.ClosedAt == null).ToList();
            return new OverviewUnit(
                o.Id, o.Name, open.CountBy(f => f.CheckCode).ToDictionary(StringComparer.Ordinal),
                open.Count(f => f.Level == FindingLevel.Veto), open.Count(f => f.Level == FindingLevel.Deduction), open.Count,
                mine.Count(f => f.FirstSeenAt < lastMonthEnd), overdue.GetValueOrDefault(o.Id));
        })
        .OrderByDescending(u => u.Vetoes).ThenByDescending(u => u.Deductions).ThenByDescending(u => u.Open).ThenBy(u => u.Name, StringComparer.Ordinal)
        .ToList();
        var last = await db.InspectionRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return new OversightOverview(
            [.. checks.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => new OverviewCheck(c.Code, c.Name, c.Source))],
            units, findings.Count(f => f.OrganisationId == null && f.ClosedAt == null), last is null ? null : RunRow(last));
    }

    internal static InspectionRunRow RunRow(InspectionRun r) => new(
        r.Id, r.Trigger switch { InspectionTrigger.Nightly => "夜间自动", InspectionTrigger.OnDemand => "立即监测", _ => "发布后复查" },
        r.StartedAt, r.FinishedAt, r.StartedBy, r.Opened, r.Closed, r.Observations, r.FailedChecks);
}
