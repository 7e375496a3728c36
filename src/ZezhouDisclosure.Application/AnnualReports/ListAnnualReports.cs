using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>
/// The 年度报告 overview: every unit in the user's scope × the last three report years, each cell 已发布 (on time or
/// 逾期), in progress, 未发布 before the due date, or 逾期未发布.
/// </summary>
public sealed record ListAnnualReportsQuery : IQuery<AnnualReportOverview>;

public enum AnnualReportCellState
{
    NotDue = 0,
    InProgress = 1,
    Missing = 2,
    Published = 3,
    PublishedLate = 4,
}

public sealed record AnnualReportCell(int Year, int? ReportId, AnnualReportCellState State, string Text, DateOnly DueOn)
{
    public bool IsProblem => State is AnnualReportCellState.Missing or AnnualReportCellState.PublishedLate
        || (State == AnnualReportCellState.InProgress && Text.Contains("逾期", StringComparison.Ordinal));
}

public sealed record AnnualReportOverviewRow(int OrganisationId, string OrganisationName, OrganisationKind Kind, IReadOnlyList<AnnualReportCell> Cells);

public sealed record AnnualReportOverview(DateOnly Today, IReadOnlyList<int> Years, IReadOnlyList<AnnualReportOverviewRow> Rows, bool CountyWide);

public sealed class ListAnnualReportsHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<ListAnnualReportsQuery, AnnualReportOverview>
{
    public async ValueTask<AnnualReportOverview> Handle(ListAnnualReportsQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.AnnualReports.View, "没有查看年度报告的权限。");
        var today = ChinaTime.Today(time);
        return await AnnualReportStates.OverviewAsync(db, currentUser, today, cancellationToken);
    }
}

/// <summary>The state of each unit's report per year; shared by the overview, the 工作台 panel and the inspector's check.</summary>
internal static class AnnualReportStates
{
    public static async Task<AnnualReportOverview> OverviewAsync(IAppDbContext db, ICurrentUser currentUser, DateOnly today, CancellationToken cancellationToken)
    {
        var countyWide = currentUser.IsCountyWide();
        var scope = currentUser.OrganisationIds;
        var lastYear = AnnualReportDeadlines.YearDueIn(today);
        int[] years = [lastYear + 1, lastYear, lastYear - 1, lastYear - 2];
        var earliest = years[^1];
        var firstDay = new DateOnly(earliest, 1, 1);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(Organisation.HasDisclosureSection)
            .Where(o => countyWide || scope.Contains(o.Id))
            .Where(o => o.ValidTo == null || o.ValidTo >= firstDay)
            .OrderBy(o => o.Kind).ThenBy(o => o.SortOrder).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Name, o.Kind, o.ValidTo })
            .ToListAsync(cancellationToken);
        var ids = organisations.Select(o => o.Id).ToList();
        var reports = await db.AnnualReports.AsNoTracking()
            .Where(r => ids.Contains(r.OrganisationId) && r.Year >= earliest && r.Status != AnnualReportStatus.Superseded)
            .Select(r => new { r.Id, r.OrganisationId, r.Year, r.Edition, r.Status, r.PublishedAt, r.CorrectsReportId })
            .ToListAsync(cancellationToken);
        // The first publication decides 按时/逾期; a correction later does not make a report late.
        var firstPublished = await db.AnnualReports.AsNoTracking()
            .Where(r => ids.Contains(r.OrganisationId) && r.Year >= earliest && r.Edition == 1 && r.PublishedAt != null)
            .Select(r => new { r.OrganisationId, r.Year, r.PublishedAt })
            .ToListAsync(cancellationToken);
        var rows = new List<AnnualReportOverviewRow>();
        foreach (var o in organisations)
        {
            var cells = new List<AnnualReportCell>();
            foreach (var year in years)
            {
                var due = AnnualReportDeadlines.DueOn(o.Kind, year);
                var current = reports.Where(r => r.OrganisationId == o.Id && r.Year == year).OrderByDescending(r => r.Edition).ToList();
                var published = current.FirstOrDefault(r => r.Status == AnnualReportStatus.Published);
                var first = firstPublished.FirstOrDefault(r => r.OrganisationId == o.Id && r.Year == year);
                var working = current.FirstOrDefault();
                AnnualReportCell cell;
                if (published is not null)
                {
                    var publishedOn = DateOnly.FromDateTime(ChinaTime.ToBeijing((first?.PublishedAt ?? published.PublishedAt)!.Value));
                    var late = AnnualReportDeadlines.IsLate(o.Kind, year, publishedOn);
                    var text = (late ? "逾期发布" : "已发布") + $"（{publishedOn:yyyy-MM-dd}）"
                        + (working is not null && working.Id != published.Id ? "，更正中" : "");
                    cell = new(year, working?.Id ?? published.Id, late ? AnnualReportCellState.PublishedLate : AnnualReportCellState.Published, text, due);
                }
                else if (working is not null)
                {
                    var text = AnnualReportStatuses.Label(working.Status) + (today > due ? "（已逾期）" : "");
                    cell = new(year, working.Id, AnnualReportCellState.InProgress, text, due);
                }
                else if (today > due)
                {
                    cell = new(year, null, AnnualReportCellState.Missing, "逾期未发布", due);
                }
                else
                {
                    cell = new(year, null, AnnualReportCellState.NotDue, year > today.Year - 1 ? "年度未结束" : $"未发布（{due:M月d日}前）", due);
                }

                cells.Add(cell);
            }

            rows.Add(new AnnualReportOverviewRow(o.Id, o.Name, o.Kind, cells));
        }

        return new AnnualReportOverview(today, years, rows, countyWide);
    }
}
