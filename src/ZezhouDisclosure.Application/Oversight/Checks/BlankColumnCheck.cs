using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Checks;

/// <summary>
/// 空白栏目: a column every unit is expected to fill (<see cref="InspectorSettings.RequiredColumns"/>) with nothing
/// published by the unit, unless the county office marked it “不涉及” for the unit with a reason. Each is a deduction;
/// <see cref="InspectorSettings.BlankColumnsVeto"/> or more of one unit a veto (国办秘函〔2019〕19号 单项否决指标
/// “栏目不更新”之空白栏目; checklist #5).
/// </summary>
public sealed class BlankColumnCheck(IAppDbContext db, InspectorSettings settings) : IComplianceCheck
{
    public string Code => "column.blank";

    public string Name => "空白栏目";

    public string Source => "国办秘函〔2019〕19号 单项否决指标“栏目不更新”（空白栏目5个及以上）";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var paths = settings.RequiredColumns;
        var columns = await db.Columns.AsNoTracking().Where(c => paths.Contains(c.Path)).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Path, c.Name }).ToListAsync(cancellationToken);
        var allColumns = await db.Columns.AsNoTracking().Select(c => new { c.Id, c.Path }).ToListAsync(cancellationToken);
        var filled = (await InspectionScope.Published(db, context).Select(d => new { d.OrganisationId, d.ColumnId }).Distinct().ToListAsync(cancellationToken))
            .ToHashSet();
        var marks = (await db.NotApplicableMarks.AsNoTracking().Select(m => new { m.OrganisationId, m.ColumnId }).ToListAsync(cancellationToken))
            .Select(m => (m.OrganisationId, m.ColumnId)).ToHashSet();
        var observations = new List<ComplianceObservation>();
        foreach (var unit in await InspectionScope.UnitsAsync(db, context, cancellationToken))
        {
            var blank = new List<string>();
            foreach (var column in columns)
            {
                // The column or any column under it counts.
                var ids = allColumns.Where(c => c.Path == column.Path || c.Path.StartsWith(column.Path + "/", StringComparison.Ordinal)).Select(c => c.Id);
                if (marks.Contains((unit.Id, column.Id)) || ids.Any(id => filled.Contains(new { OrganisationId = unit.Id, ColumnId = id })))
                {
                    continue;
                }

                blank.Add(column.Name);
                observations.Add(new ComplianceObservation(unit.Id, $"column:{column.Id}", FindingSeverity.Deduction,
                    $"“{column.Name}”没有任何已发布信息，也未标记“不涉及”。", InspectionScope.ColumnLink(column.Path, unit.Slug)));
            }

            if (blank.Count >= settings.BlankColumnsVeto)
            {
                observations.Add(new ComplianceObservation(unit.Id, "unit", FindingSeverity.Veto,
                    $"{blank.Count} 个空白栏目（达到 {settings.BlankColumnsVeto} 个即单项否决）：{string.Join("、", blank)}。", $"/xxgk/jg/{unit.Slug}"));
            }
        }

        return observations;
    }
}
