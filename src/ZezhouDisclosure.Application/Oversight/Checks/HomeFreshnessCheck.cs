using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Checks;

/// <summary>
/// 首页不更新: the portal's home page, and each unit's own 政府信息公开 page, must show a dated item published within
/// <see cref="InspectorSettings.HomeMaxDays"/> days (国办秘函〔2019〕19号 单项否决指标; checklist #2).
/// </summary>
public sealed class HomeFreshnessCheck(IAppDbContext db, InspectorSettings settings) : IComplianceCheck
{
    public string Code => "home.stale";

    public string Name => "首页不更新";

    public string Source => "国办秘函〔2019〕19号 单项否决指标“首页不更新”（2周内无更新）";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var today = context.Today();
        var limit = FreshnessLimit.OfDays(settings.HomeMaxDays);
        var latest = await InspectionScope.Published(db, context).GroupBy(d => d.OrganisationId)
            .Select(g => new { g.Key, Last = g.Max(d => d.PublishedAt) }).ToDictionaryAsync(g => g.Key, g => g.Last, cancellationToken);
        var observations = new List<ComplianceObservation>();
        if (context.OrganisationIds is null)
        {
            var last = latest.Values.Where(v => v is not null).DefaultIfEmpty().Max();
            if (Freshness.IsStale(last, today, limit))
            {
                observations.Add(new ComplianceObservation(null, "site", FindingSeverity.Veto,
                    $"门户首页最近一次发布：{InspectionScope.Date(last)}，超过 {limit.Label}未更新。", "/"));
            }
        }

        foreach (var unit in await InspectionScope.UnitsAsync(db, context, cancellationToken))
        {
            var last = latest.GetValueOrDefault(unit.Id);
            if (Freshness.IsStale(last, today, limit))
            {
                observations.Add(new ComplianceObservation(unit.Id, "home", FindingSeverity.Veto,
                    $"本单位政府信息公开页最近一次发布：{InspectionScope.Date(last)}，超过 {limit.Label}未更新。", $"/xxgk/jg/{unit.Slug}"));
            }
        }

        return observations;
    }
}
