using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>
/// The 年度报告 block of the 工作台 from 1 January: for a clerk or unit head the unit's report of last year with its due
/// date (1月31日, the county government's 3月31日) and state; for the county office the units not yet published, overdue
/// ones first.
/// </summary>
public sealed class AnnualReportWorkbenchPanel(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : IWorkbenchPanelSource
{
    public const string PanelId = "annual-reports";

    public async ValueTask<WorkbenchPanel?> BuildAsync(WorkbenchAudience audience, CancellationToken cancellationToken)
    {
        if (!currentUser.Has(Permissions.AnnualReports.View))
        {
            return null;
        }

        var today = ChinaTime.Today(time);
        var overview = await AnnualReportStates.OverviewAsync(db, currentUser, today, cancellationToken);
        var year = Domain.AnnualReports.AnnualReportDeadlines.YearDueIn(today);
        var items = new List<WorkbenchPanelItem>();
        foreach (var row in overview.Rows)
        {
            var cell = row.Cells.First(c => c.Year == year);
            if (cell.State is AnnualReportCellState.Published && audience == WorkbenchAudience.County)
            {
                continue;
            }

            var urgency = cell.IsProblem || cell.State == AnnualReportCellState.Missing ? WorkbenchUrgency.Overdue
                : today.AddDays(14) >= cell.DueOn && cell.State != AnnualReportCellState.Published ? WorkbenchUrgency.DueSoon
                : WorkbenchUrgency.Normal;
            var url = cell.ReportId is int id ? $"/admin/annualreports/{id}" : "/admin/annualreports";
            items.Add(new WorkbenchPanelItem($"{row.OrganisationName} {year} 年年度报告：{cell.Text}", url, $"应于 {cell.DueOn:yyyy年M月d日} 前发布", urgency));
        }

        items = [.. items.OrderByDescending(i => i.Urgency).Take(audience == WorkbenchAudience.County ? 20 : 5)];
        var overdue = overview.Rows.Count(r => r.Cells.First(c => c.Year == year) is { State: AnnualReportCellState.Missing or AnnualReportCellState.InProgress } c && today > c.DueOn);
        var summary = audience == WorkbenchAudience.County
            ? $"{year} 年年度报告：{overview.Rows.Count(r => r.Cells.First(c => c.Year == year).State is AnnualReportCellState.Published or AnnualReportCellState.PublishedLate)} 个单位已发布，{overdue} 个单位逾期未发布。"
            : null;
        return new WorkbenchPanel(PanelId, "政府信息公开工作年度报告", items, Order: 100, Summary: summary,
            MoreUrl: "/admin/annualreports", MoreText: "全部年度报告");
    }
}
