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
/// still missing, so a second node or a restart makes nothing new, and a month missed while the portal was down is
/// made on the next tick after the start (<see cref="SelfCheckSchedule.LatestDueMonth"/>). A month before the portal's
/// first data is skipped.
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
            var (year, month) = SelfCheckSchedule.LatestDueMonth(calendar, ChinaTime.ToBeijing(now.UtcDateTime), settings.MonthlyReportHour);
            try
            {
                var generation = await sender.Send(new GenerateSelfCheckReportsCommand(year, month), cancellationToken);
                return generation.Created;
            }
            catch (FluentValidation.ValidationException)
            {
                return 0; // before the portal's first data, or no data yet: nothing to report
            }
        }
        finally
        {
            Interlocked.Exchange(ref _lastCheckedTicks, now.UtcTicks);
        }
    }
}
