using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.Web.Hosting;

namespace ZezhouDisclosure.Web.Features.Oversight;

/// <summary>
/// The nightly run of the inspector over the whole site, as 系统: checked hourly, it runs in the configured Beijing
/// hour (<see cref="InspectorSettings.NightlyHour"/>) unless a nightly run already started that day (another node, or a
/// restart). Monthly reports are read from the findings, so the 1st working day's report of last month is there
/// whenever it is asked for.
/// </summary>
public sealed class NightlyInspectionService(
    IServiceScopeFactory scopes, TimeProvider time, InspectorSettings settings, ILogger<NightlyInspectionService> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override string Name => "Nightly inspection (监测)";

    protected override async Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = ChinaTime.ToBeijing(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        if (!settings.Nightly || now.Hour != settings.NightlyHour)
        {
            return 0;
        }

        var since = now.Date - ChinaTime.Offset;
        var db = services.GetRequiredService<Application.Common.Abstractions.IAppDbContext>();
        if (await db.InspectionRuns.AnyAsync(r => r.Trigger == InspectionTrigger.Nightly && r.StartedAt >= since, cancellationToken))
        {
            return 0;
        }

        var summary = await services.GetRequiredService<Inspector>().RunAsync(InspectionTrigger.Nightly, null, cancellationToken);
        return summary.Opened + summary.Closed;
    }
}
