using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Checks;

/// <summary>
/// 集中更新: many items of one unit published on one day after a long silence, the pattern evaluators read as catching
/// up before an inspection (<see cref="InspectorSettings.BurstMinimumItems"/> items after
/// <see cref="InspectorSettings.BurstSilenceDays"/> silent days). A note, not scored.
/// </summary>
public sealed class BurstCheck(IAppDbContext db, InspectorSettings settings) : IComplianceCheck
{
    public string Code => "column.burst";

    public string Name => "集中更新";

    public string Source => "国办秘函〔2019〕19号 “栏目不更新”检查口径（集中突击更新不视为常态更新）";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var today = context.Today();
        var from = context.Now.UtcDateTime.AddDays(-(settings.BurstWindowDays + settings.BurstSilenceDays + 1));
        var rows = await InspectionScope.Published(db, context).Where(d => d.PublishedAt >= from)
            .Select(d => new { d.OrganisationId, d.PublishedAt }).ToListAsync(cancellationToken);
        var observations = new List<ComplianceObservation>();
        foreach (var unit in await InspectionScope.UnitsAsync(db, context, cancellationToken))
        {
            var dates = rows.Where(r => r.OrganisationId == unit.Id).Select(r => r.PublishedAt!.Value);
            foreach (var (day, items, silent) in Freshness.Bursts(dates, settings.BurstMinimumItems, settings.BurstSilenceDays))
            {
                if (today.DayNumber - day.DayNumber <= settings.BurstWindowDays)
                {
                    var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    observations.Add(new ComplianceObservation(unit.Id, $"day:{text}", FindingSeverity.Notice,
                        $"{text} 一天发布 {items} 条，此前 {silent} 天无发布。", $"/xxgk/jg/{unit.Slug}/ml"));
                }
            }
        }

        return observations;
    }
}
