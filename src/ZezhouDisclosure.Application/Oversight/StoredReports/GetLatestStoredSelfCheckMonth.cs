using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Oversight.StoredReports;

/// <summary>A month of stored 月度自查报告.</summary>
public sealed record StoredReportMonth(int Year, int Month);

/// <summary>
/// The latest month with a stored 月度自查报告 (any unit's or the county's, any edition), or null when none is stored:
/// the monthly job catches up every month after it (<c>SelfCheckSchedule.MonthsToMake</c>). County-wide reading only.
/// </summary>
public sealed record GetLatestStoredSelfCheckMonthQuery : IQuery<StoredReportMonth?>;

public sealed class GetLatestStoredSelfCheckMonthHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetLatestStoredSelfCheckMonthQuery, StoredReportMonth?>
{
    public async ValueTask<StoredReportMonth?> Handle(GetLatestStoredSelfCheckMonthQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.ViewCountyWide, "只有县政务公开办可以查看全县的自查报告。");
        return await db.StoredSelfCheckReports.AsNoTracking()
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Month)
            .Select(r => new StoredReportMonth(r.Year, r.Month))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
