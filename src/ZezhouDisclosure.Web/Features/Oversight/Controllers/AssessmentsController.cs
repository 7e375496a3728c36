using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Oversight.Assessments;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Web.Features.Oversight.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Oversight.Controllers;

/// <summary>
/// 年度考核: 县政务公开办 opens a year (default indicators), adjusts the indicators, enters manual values with a note,
/// computes the ranked table from the findings and registers, approves it (frozen), and makes a new version with a
/// reason for a later change; every version exports as .xlsx.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Oversight.ViewCountyWide)]
[Route("admin/oversight/assessments")]
public sealed class AssessmentsController(ISender sender, ICurrentUser currentUser, TimeProvider time) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => IndexPageAsync(cancellationToken);

    [HttpPost("")]
    [RequirePermission(Permissions.Oversight.Assess)]
    public Task<IActionResult> Create(int? year, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new CreateAssessmentCommand(year),
            id =>
            {
                this.Flash($"已新建 {year} 年度考核（默认指标，可调整后计算）。");
                return RedirectToAction(nameof(Details), new { id });
            },
            _ => IndexPageAsync(cancellationToken),
            cancellationToken);

    [HttpGet("{id:int}")]
    public Task<IActionResult> Details(int id, CancellationToken cancellationToken) => DetailsPageAsync(id, cancellationToken);

    [HttpGet("{id:int}/export.xlsx")]
    public async Task<IActionResult> Export(int id, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new ExportAssessmentQuery(id), cancellationToken);
        return File(file.Content, AssessmentFile.ContentType, file.FileName);
    }

    [HttpPost("{id:int}/indicators")]
    [RequirePermission(Permissions.Oversight.Assess)]
    public Task<IActionResult> AddIndicator(int id, IndicatorForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new AddAssessmentIndicatorCommand(id, form.Code, form.Name, form.Measure, form.CheckCodes, form.Scoring, form.Weight, form.PointsPerItem, form.Cap),
            _ => Done(id, $"已新增指标 {form.Code}。请重新计算。"),
            _ => DetailsPageAsync(id, cancellationToken),
            cancellationToken);

    [HttpPost("{id:int}/indicators/{code}/remove")]
    [RequirePermission(Permissions.Oversight.Assess)]
    public Task<IActionResult> RemoveIndicator(int id, string code, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new RemoveAssessmentIndicatorCommand(id, code),
            _ => Done(id, $"已删除指标 {code}。请重新计算。"),
            _ => DetailsPageAsync(id, cancellationToken),
            cancellationToken);

    [HttpPost("{id:int}/manual")]
    [RequirePermission(Permissions.Oversight.Assess)]
    public Task<IActionResult> SetManualValue(int id, string? indicatorCode, int organisationId, decimal? value, string? note, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new SetAssessmentManualValueCommand(id, indicatorCode, organisationId, value, note),
            _ => Done(id, "已保存填报值。请重新计算。"),
            _ => DetailsPageAsync(id, cancellationToken),
            cancellationToken);

    [HttpPost("{id:int}/compute")]
    [RequirePermission(Permissions.Oversight.Assess)]
    public Task<IActionResult> Compute(int id, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new ComputeAssessmentCommand(id),
            units => Done(id, $"已计算 {units} 个单位的考核得分。"),
            _ => DetailsPageAsync(id, cancellationToken),
            cancellationToken);

    [HttpPost("{id:int}/approve")]
    [RequirePermission(Permissions.Oversight.Assess)]
    public Task<IActionResult> Approve(int id, int version, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new ApproveAssessmentCommand(id, version),
            _ => Done(id, "考核结果已审定并冻结。如需调整，请新建版本并说明理由。"),
            _ => DetailsPageAsync(id, cancellationToken),
            cancellationToken);

    [HttpPost("{id:int}/new-version")]
    [RequirePermission(Permissions.Oversight.Assess)]
    public Task<IActionResult> NewVersion(int id, int version, string? reason, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new NewAssessmentVersionCommand(id, version, reason),
            next => Done(next, "已新建版本，原审定版本保留。请调整后重新计算并审定。"),
            _ => DetailsPageAsync(id, cancellationToken),
            cancellationToken);

    private IActionResult Done(int id, string message)
    {
        this.Flash(message);
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> IndexPageAsync(CancellationToken cancellationToken) =>
        View(nameof(Index), new AssessmentsPage(
            await sender.Send(new ListAssessmentsQuery(), cancellationToken), currentUser.Has(Permissions.Oversight.Assess), ChinaTime.Today(time).Year - 1));

    private async Task<IActionResult> DetailsPageAsync(int id, CancellationToken cancellationToken) =>
        View(nameof(Details), new AssessmentPage(await sender.Send(new GetAssessmentQuery(id), cancellationToken), currentUser.Has(Permissions.Oversight.Assess)));
}
