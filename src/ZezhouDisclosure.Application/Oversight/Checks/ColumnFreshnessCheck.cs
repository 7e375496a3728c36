using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Checks;

/// <summary>
/// 栏目不更新: each column a unit publishes in must get a new item within its kind's limit (动态/要闻 14 days, 通知公告 and
/// 政策文件 6 months, each statutory column its own rule; <see cref="InspectorSettings.ColumnRules"/>). Each stale
/// column is a deduction; <see cref="InspectorSettings.StaleColumnsVeto"/> or more of one unit a veto
/// (国办秘函〔2019〕19号 单项否决指标“栏目不更新”; checklist #3, #4, #6).
/// </summary>
public sealed class ColumnFreshnessCheck(IAppDbContext db, InspectorSettings settings) : IComplianceCheck
{
    private static readonly ColumnKind[] Scored = [ColumnKind.StatutoryCategory, ColumnKind.PolicyDocuments, ColumnKind.PolicyInterpretations];

    public string Code => "column.stale";

    public string Name => "栏目不更新";

    public string Source => "国办秘函〔2019〕19号 单项否决指标“栏目不更新”（动态类2周、通知公告与政策文件6个月）";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var today = context.Today();
        var columns = await db.Columns.AsNoTracking().Where(c => c.AcceptsDocuments && c.RetiredOn == null && Scored.Contains(c.Kind)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var latest = await InspectionScope.Published(db, context).GroupBy(d => new { d.OrganisationId, d.ColumnId })
            .Select(g => new { g.Key.OrganisationId, g.Key.ColumnId, Last = g.Max(d => d.PublishedAt) }).ToListAsync(cancellationToken);
        var observations = new List<ComplianceObservation>();
        foreach (var unit in await InspectionScope.UnitsAsync(db, context, cancellationToken))
        {
            var stale = new List<string>();
            foreach (var row in latest.Where(r => r.OrganisationId == unit.Id && columns.ContainsKey(r.ColumnId)))
            {
                var column = columns[row.ColumnId];
                var limit = settings.LimitFor(column);
                if (Freshness.IsStale(row.Last, today, limit))
                {
                    stale.Add(column.Name);
                    observations.Add(new ComplianceObservation(unit.Id, $"column:{column.Id}", FindingSeverity.Deduction,
                        $"“{column.Name}”最近一次发布：{InspectionScope.Date(row.Last)}，超过 {limit.Label}未更新。",
                        InspectionScope.ColumnLink(column.Path, unit.Slug)));
                }
            }

            if (stale.Count >= settings.StaleColumnsVeto)
            {
                observations.Add(new ComplianceObservation(unit.Id, "unit", FindingSeverity.Veto,
                    $"{stale.Count} 个栏目不更新（达到 {settings.StaleColumnsVeto} 个即单项否决）：{string.Join("、", stale)}。", $"/xxgk/jg/{unit.Slug}"));
            }
        }

        return observations;
    }
}
