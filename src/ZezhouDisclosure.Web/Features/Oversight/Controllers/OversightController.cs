using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Application.Oversight.StoredReports;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.Web.Features.Oversight.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Oversight.Controllers;

/// <summary>
/// 监测与整改: the county office's heat table and 立即监测 button, findings with 通报, 整改 (recorded by the unit's clerk,
/// verified by the next run), the 月度自查报告 (HTML, .xlsx, .docx) and the “不涉及” marks. A unit's staff see their own
/// unit only.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Oversight.View)]
[Route("admin/oversight")]
public sealed class OversightController(ISender sender, Inspector inspector, ICurrentUser currentUser, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!currentUser.Has(Permissions.Oversight.ViewCountyWide))
        {
            return RedirectToAction(nameof(Findings));
        }

        return View(await sender.Send(new GetOversightOverviewQuery(), cancellationToken));
    }

    /// <summary>立即监测: the whole site, or one unit.</summary>
    [HttpPost("run")]
    [RequirePermission(Permissions.Oversight.Manage)]
    public async Task<IActionResult> Run(int? organisationId, CancellationToken cancellationToken)
    {
        var summary = await inspector.RunAsync(InspectionTrigger.OnDemand, organisationId, cancellationToken);
        this.Flash($"监测完成：运行 {summary.ChecksRun} 项规则，新发现 {summary.Opened} 项，自动关闭 {summary.Closed} 项，整改销号 {summary.Verified} 项，重新打开 {summary.Reopened} 项"
            + (summary.Failed.Count > 0 ? $"；{summary.Failed.Count} 项规则未能运行（{string.Join("；", summary.Failed)}），其结果保持不变。" : "。"));
        return organisationId is { } id ? RedirectToAction(nameof(Findings), new { organisationId = id }) : RedirectToAction(nameof(Index));
    }

    [HttpGet("findings")]
    public Task<IActionResult> Findings(int? organisationId, string? check, bool closed, CancellationToken cancellationToken) =>
        FindingsPageAsync(organisationId, check, closed, new NotifyForm { DueOn = ChinaTime.Today(time).AddDays(10) }, cancellationToken);

    /// <summary>通报: the chosen findings go to their units for 整改.</summary>
    [HttpPost("notify")]
    [RequirePermission(Permissions.Oversight.Manage)]
    public Task<IActionResult> Notify(NotifyForm form, int? organisationId, string? check, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new NotifyRectificationCommand(form.FindingIds, form.DueOn, form.Notice),
            count =>
            {
                this.Flash($"已通报 {count} 项整改，期限 {form.DueOn:yyyy年M月d日}。");
                return RedirectToAction(nameof(Rectifications));
            },
            _ => FindingsPageAsync(organisationId, check, false, form, cancellationToken),
            cancellationToken);

    [HttpGet("rectifications")]
    public Task<IActionResult> Rectifications(bool all, CancellationToken cancellationToken) => RectificationsPageAsync(all, cancellationToken);

    /// <summary>The unit's clerk records the 整改 and marks it done.</summary>
    [HttpPost("rectifications/{id:int}/record")]
    [RequirePermission(Permissions.Oversight.Rectify)]
    public Task<IActionResult> Record(int id, int version, string? note, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new RecordRectificationCommand(id, version, note),
            _ =>
            {
                this.Flash("已填报整改情况。下次监测将自动复核，问题仍在时整改会重新打开。");
                return RedirectToAction(nameof(Rectifications));
            },
            _ => RectificationsPageAsync(false, cancellationToken),
            cancellationToken);

    [HttpGet("report")]
    public async Task<IActionResult> Report(int? organisationId, int? year, int? month, CancellationToken cancellationToken)
    {
        var (y, m, unit) = ReportArguments(organisationId, year, month);
        var report = await sender.Send(new GetSelfCheckReportQuery(unit, y, m), cancellationToken);
        var countyWide = currentUser.Has(Permissions.Oversight.ViewCountyWide);
        var units = countyWide ? (await sender.Send(new ListNotApplicableQuery(), cancellationToken)).Units : [];
        return View(new ReportPage(report, units, countyWide));
    }

    [HttpGet("report.xlsx")]
    public Task<IActionResult> ReportWorkbook(int? organisationId, int? year, int? month, CancellationToken cancellationToken) =>
        ReportFileAsync(organisationId, year, month, SelfCheckReportFormat.Xlsx, cancellationToken);

    [HttpGet("report.docx")]
    public Task<IActionResult> ReportDocument(int? organisationId, int? year, int? month, CancellationToken cancellationToken) =>
        ReportFileAsync(organisationId, year, month, SelfCheckReportFormat.Docx, cancellationToken);

    /// <summary>自查报告存档: the stored reports (a unit's staff: their own), and for the county office the generate form.</summary>
    [HttpGet("reports")]
    public Task<IActionResult> StoredReports(int? year, int? month, int? organisationId, bool superseded, CancellationToken cancellationToken)
    {
        var lastMonth = ChinaTime.Today(time).AddMonths(-1);
        return StoredReportsPageAsync(year, month, organisationId, superseded, new GenerateReportsForm { Year = lastMonth.Year, Month = lastMonth.Month }, cancellationToken);
    }

    /// <summary>生成 / 重新生成 a month's reports.</summary>
    [HttpPost("reports/generate")]
    [RequirePermission(Permissions.Oversight.Manage)]
    public Task<IActionResult> GenerateReports(GenerateReportsForm form, CancellationToken cancellationToken)
    {
        var (scope, unit) = form.Target switch
        {
            null or "" => (SelfCheckReportScope.All, (int?)null),
            "county" => (SelfCheckReportScope.County, null),
            var id when int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var n) => (SelfCheckReportScope.Unit, n),
            _ => ((SelfCheckReportScope)(-1), null),
        };
        return this.SendFormAsync(
            sender,
            new GenerateSelfCheckReportsCommand(form.Year ?? 0, form.Month ?? 0, scope, unit, form.Regenerate, form.Reason),
            result =>
            {
                this.Flash(result.Created == 0
                    ? $"{result.Year}年{result.Month}月的自查报告均已存档（{result.Skipped} 份），未生成新报告。如需更新，请勾选“重新生成”并填写原因。"
                    : $"已生成{result.Year}年{result.Month}月自查报告 {result.Created} 份" + (result.Superseded > 0 ? $"，原报告 {result.Superseded} 份保留为旧版本。" : "。"));
                return RedirectToAction(nameof(StoredReports), new { year = result.Year, month = result.Month });
            },
            _ => StoredReportsPageAsync(null, null, null, false, form, cancellationToken),
            cancellationToken);
    }

    [HttpGet("reports/{id:int}")]
    public async Task<IActionResult> StoredReport(int id, CancellationToken cancellationToken) =>
        View(await sender.Send(new GetStoredSelfCheckReportQuery(id), cancellationToken));

    [HttpGet("reports/{id:int}.xlsx")]
    public Task<IActionResult> StoredReportWorkbook(int id, CancellationToken cancellationToken) => StoredReportFileAsync(id, SelfCheckReportFormat.Xlsx, cancellationToken);

    [HttpGet("reports/{id:int}.docx")]
    public Task<IActionResult> StoredReportDocument(int id, CancellationToken cancellationToken) => StoredReportFileAsync(id, SelfCheckReportFormat.Docx, cancellationToken);

    [HttpGet("not-applicable")]
    [RequirePermission(Permissions.Oversight.Manage)]
    public Task<IActionResult> NotApplicable(CancellationToken cancellationToken) => NotApplicablePageAsync(cancellationToken);

    [HttpPost("not-applicable")]
    [RequirePermission(Permissions.Oversight.Manage)]
    public Task<IActionResult> SetNotApplicable(int organisationId, int columnId, string? reason, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new SetNotApplicableCommand(organisationId, columnId, reason),
            _ =>
            {
                this.Flash("已标记为“不涉及”。下次监测起该栏目不再计为空白栏目。");
                return RedirectToAction(nameof(NotApplicable));
            },
            _ => NotApplicablePageAsync(cancellationToken),
            cancellationToken);

    [HttpPost("not-applicable/{id:int}/remove")]
    [RequirePermission(Permissions.Oversight.Manage)]
    public Task<IActionResult> RemoveNotApplicable(int id, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new RemoveNotApplicableCommand(id),
            _ =>
            {
                this.Flash("已取消“不涉及”标记。");
                return RedirectToAction(nameof(NotApplicable));
            },
            _ => NotApplicablePageAsync(cancellationToken),
            cancellationToken);

    private async Task<IActionResult> FindingsPageAsync(int? organisationId, string? check, bool closed, NotifyForm form, CancellationToken cancellationToken)
    {
        var countyWide = currentUser.Has(Permissions.Oversight.ViewCountyWide);
        var findings = await sender.Send(new ListFindingsQuery(organisationId, check, closed), cancellationToken);
        var overview = countyWide ? await sender.Send(new GetOversightOverviewQuery(), cancellationToken) : null;
        var units = countyWide ? (await sender.Send(new ListNotApplicableQuery(), cancellationToken)).Units : [];
        var unitName = organisationId is { } id ? units.FirstOrDefault(u => u.Id == id)?.Name : null;
        return View(nameof(Findings), new FindingsPage(
            findings, overview?.Checks ?? [], units, organisationId, check, closed, currentUser.Has(Permissions.Oversight.Manage), form, unitName));
    }

    private async Task<IActionResult> RectificationsPageAsync(bool all, CancellationToken cancellationToken) =>
        View(nameof(Rectifications), new RectificationsPage(
            await sender.Send(new ListRectificationsQuery(null, all), cancellationToken), currentUser.Has(Permissions.Oversight.Rectify), all));

    private async Task<IActionResult> NotApplicablePageAsync(CancellationToken cancellationToken) =>
        View(nameof(NotApplicable), await sender.Send(new ListNotApplicableQuery(), cancellationToken));

    private async Task<IActionResult> ReportFileAsync(int? organisationId, int? year, int? month, SelfCheckReportFormat format, CancellationToken cancellationToken)
    {
        var (y, m, unit) = ReportArguments(organisationId, year, month);
        var file = await sender.Send(new ExportSelfCheckReportQuery(unit, y, m, format), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> StoredReportsPageAsync(int? year, int? month, int? organisationId, bool superseded, GenerateReportsForm form, CancellationToken cancellationToken) =>
        View(nameof(StoredReports), new StoredReportsPage(
            await sender.Send(new ListStoredSelfCheckReportsQuery(year, month, organisationId, superseded), cancellationToken), year, month, organisationId, superseded, form));

    private async Task<IActionResult> StoredReportFileAsync(int id, SelfCheckReportFormat format, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new ExportStoredSelfCheckReportQuery(id, format), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Last month by default (the report is for the month just ended); a unit's staff always get their own unit.</summary>
    private (int Year, int Month, int? OrganisationId) ReportArguments(int? organisationId, int? year, int? month)
    {
        var lastMonth = ChinaTime.Today(time).AddMonths(-1);
        var unit = currentUser.Has(Permissions.Oversight.ViewCountyWide) ? organisationId : currentUser.OrganisationId;
        return (year ?? lastMonth.Year, month ?? lastMonth.Month, unit);
    }
}
