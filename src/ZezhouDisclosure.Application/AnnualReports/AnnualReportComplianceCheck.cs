using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>
/// The inspector's rule over annual reports: a unit's report of last year not published after its due date (missing),
/// published after it (late), or published with a failing cross-check.
/// </summary>
public sealed class AnnualReportComplianceCheck(IAppDbContext db, ICurrentUser currentUser) : IComplianceCheck
{
    public string Code => "annual-report.timeliness";

    public string Name => "政府信息公开工作年度报告按时发布、数据勾稽";

    public string Source => "《政府信息公开条例》第四十九条、第五十条；国办公开办函〔2021〕30号";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = DateOnly.FromDateTime(ChinaTime.ToBeijing(context.Now.UtcDateTime));
        var year = AnnualReportDeadlines.YearDueIn(today);
        var overview = await AnnualReportStates.OverviewAsync(db, currentUser, today, cancellationToken);
        var observations = new List<ComplianceObservation>();
        foreach (var row in overview.Rows.Where(r => context.Covers(r.OrganisationId)))
        {
            var cell = row.Cells.First(c => c.Year == year);
            var subject = $"annual-report:{row.OrganisationId}:{year.ToString(CultureInfo.InvariantCulture)}";
            if (cell.State is AnnualReportCellState.Missing or AnnualReportCellState.InProgress && today > cell.DueOn)
            {
                observations.Add(new(row.OrganisationId, subject, FindingSeverity.Deduction,
                    $"{row.OrganisationName} {year} 年政府信息公开工作年度报告逾期未发布（应于 {cell.DueOn:yyyy年M月d日} 前发布）。", "/admin/annualreports"));
            }
            else if (cell.State == AnnualReportCellState.PublishedLate)
            {
                observations.Add(new(row.OrganisationId, subject, FindingSeverity.Deduction,
                    $"{row.OrganisationName} {year} 年政府信息公开工作年度报告{cell.Text}，晚于 {cell.DueOn:yyyy年M月d日}。", "/admin/annualreports"));
            }
        }

        // Published reports whose tables do not balance (e.g. imported, or published before a register correction).
        var published = await db.AnnualReports.AsNoTracking()
            .Where(r => r.Status == AnnualReportStatus.Published && r.Year >= year - 1)
            .ToListAsync(cancellationToken);
        foreach (var report in published.Where(r => context.Covers(r.OrganisationId)))
        {
            var errors = report.Check(null).Where(c => c.Severity == CheckSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                observations.Add(new(report.OrganisationId, $"annual-report-checks:{report.Id.ToString(CultureInfo.InvariantCulture)}", FindingSeverity.Deduction,
                    $"{report.Year} 年年度报告勾稽关系不符：{errors[0].Message}", $"/admin/annualreports/{report.Id.ToString(CultureInfo.InvariantCulture)}"));
            }
        }

        return observations;
    }
}
