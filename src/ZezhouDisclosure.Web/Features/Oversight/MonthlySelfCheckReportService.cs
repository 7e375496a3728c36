using Mediator;
using ZezhouDisclosure.Application.Calendar;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Application.Oversight.StoredReports;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.Web.Hosting;

namespace ZezhouDisclosure.Web.Features.Oversight;

/// <summary>
/// Stores last month's 月度自查报告 (every unit's and the county's) on the 1st working day of the month, from
/// <see cref="InspectorSettings.MonthlyReportHour"/> Beijing time, as 系统: checked hourly, it makes only the reports
/// still missing, so a second node or a restart makes nothing new, and every month missed while the portal was down
/// (at most the last twelve) is made on the next tick after the start, oldest first (<see cref="SelfCheckSchedule.MonthsToMake"/>).
/// A month before the portal's first data is skipped. When another node stores the same report at the same moment, the
/// unique indexes (the county's report has its own, partial one) refuse the second save: that tick fails and is logged,
/// and the next one finds the reports there.
/// </summary>
public sealed class MonthlySelfCheckReportService(
    IServiceScopeFactory scopes, TimeProvider time, InspectorSettings settings, ILogger<MonthlySelfCheckReportService> logger)
    : PeriodicJob(scopes, time, logger)
{
    private long _lastCheckedTicks;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override string Name => "Monthly self-check reports (月度自查报告)";

    /// <summary>The (UTC) clock time of the last tick that finished deciding (tests wait for it).</summary>
    public DateTimeOffset LastChecked => new(Interlocked.Read(ref _lastCheckedTicks), TimeSpan.Zero);

    protected override async Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        try
        {
            if (!settings.MonthlyReports)
            {
                return 0;
            }

            var sender = services.GetRequiredService<ISender>();
            var calendar = await sender.Send(new GetWorkingDayCalendarQuery(), cancellationToken);
            var due = SelfCheckSchedule.LatestDueMonth(calendar, ChinaTime.ToBeijing(now.UtcDateTime), settings.MonthlyReportHour);
            var stored = await sender.Send(new GetLatestStoredSelfCheckMonthQuery(), cancellationToken);
            var created = 0;
            foreach (var (year, month) in SelfCheckSchedule.MonthsToMake(stored is null ? null : (stored.Year, stored.Month), due))
            {
                try
                {
                    created += (await sender.Send(new GenerateSelfCheckReportsCommand(year, month), cancellationToken)).Created;
                }
                catch (FluentValidation.ValidationException)
                {
                    // before the portal's first data, or no data yet: nothing to report for this month
                }
            }

            return created;
        }
        finally
        {
            Interlocked.Exchange(ref _lastCheckedTicks, now.UtcTicks);
        }
    }
}
