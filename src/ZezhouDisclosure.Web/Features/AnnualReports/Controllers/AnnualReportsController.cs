using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.AnnualReports;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Web.Features.AnnualReports.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.AnnualReports.Controllers;

/// <summary>
/// 年度报告 in the back-office: the overview (the unit's own, or every unit × year for the county office), drafting and
/// saving (the cross-checks shown after every save), submission, the unit head's and the county office's review,
/// 更正, and the 行政复议/行政诉讼 register behind table 四.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.AnnualReports.View)]
[Route("admin/annualreports")]
public sealed class AnnualReportsController(ISender sender, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListAnnualReportsQuery(), cancellationToken));

    /// <summary>起草 (or open the existing report of that year).</summary>
    [HttpPost("create")]
    [RequirePermission(Permissions.AnnualReports.Draft)]
    public Task<IActionResult> Create(int? year, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new CreateAnnualReportCommand(year ?? 0),
            onSuccess: id => RedirectToAction(nameof(Edit), new { id }),
            redisplay: async _ => await IndexPageAsync(cancellationToken),
            cancellationToken);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        View(await sender.Send(new GetAnnualReportQuery(id), cancellationToken));

    [HttpGet("{id:int}/edit")]
    [RequirePermission(Permissions.AnnualReports.Draft)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var details = await sender.Send(new GetAnnualReportQuery(id), cancellationToken);
        if (!details.CanEdit)
        {
            return RedirectToAction(nameof(Details), new { id });
        }

        return View(new AnnualReportEditViewModel(details, AnnualReportForm.From(details)));
    }

    [HttpPost("{id:int}/edit")]
    [RequirePermission(Permissions.AnnualReports.Draft)]
    public Task<IActionResult> Edit(int id, AnnualReportForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form.ToCommand(id),
            onSuccess: checks =>
            {
                var errors = checks.Count(c => c.Severity == Domain.AnnualReports.CheckSeverity.Error);
                this.Flash(errors == 0 ? "已保存，勾稽关系校验全部通过。" : $"已保存。勾稽关系校验有 {errors} 项未通过，请按提示修改后再提交。");
                return RedirectToAction(nameof(Edit), new { id });
            },
            redisplay: async _ => View(new AnnualReportEditViewModel(await sender.Send(new GetAnnualReportQuery(id), cancellationToken), form)),
            cancellationToken);

    [HttpPost("{id:int}/submit")]
    [RequirePermission(Permissions.AnnualReports.Draft)]
    public Task<IActionResult> Submit(int id, int version, CancellationToken cancellationToken) =>
        Step(id, new SubmitAnnualReportCommand(id, version), "已提交审核。", cancellationToken);

    [HttpPost("{id:int}/approve-in-unit")]
    [RequirePermission(Permissions.AnnualReports.ApproveInUnit)]
    public Task<IActionResult> ApproveInUnit(int id, int version, CancellationToken cancellationToken) =>
        Step(id, new ApproveAnnualReportInUnitCommand(id, version), "单位审核通过，已报县政务公开办审核。", cancellationToken);

    [HttpPost("{id:int}/publish")]
    [RequirePermission(Permissions.AnnualReports.Review)]
    public Task<IActionResult> Publish(int id, int version, CancellationToken cancellationToken) =>
        Step(id, new PublishAnnualReportCommand(id, version), "审核通过，年度报告已在年报栏目发布。", cancellationToken);

    [HttpPost("{id:int}/return")]
    public Task<IActionResult> Return(int id, int version, string? comment, CancellationToken cancellationToken) =>
        Step(id, new ReturnAnnualReportCommand(id, version, comment), "已退回。", cancellationToken);

    [HttpPost("{id:int}/correct")]
    [RequirePermission(Permissions.AnnualReports.Draft)]
    public Task<IActionResult> Correct(int id, string? note, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new CorrectAnnualReportCommand(id, note),
            onSuccess: newId =>
            {
                this.Flash("已起草更正版本；发布后原版本标注为“已更正”，仍可查阅。");
                return RedirectToAction(nameof(Edit), new { id = newId });
            },
            redisplay: async _ => View(nameof(Details), await sender.Send(new GetAnnualReportQuery(id), cancellationToken)),
            cancellationToken);

    [HttpGet("cases")]
    public async Task<IActionResult> Cases(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListAppealCasesQuery(), cancellationToken));

    [HttpGet("cases/new")]
    [RequirePermission(Permissions.AnnualReports.Draft)]
    public IActionResult NewCase() => View(new AppealCaseForm { FiledOn = Domain.Common.ChinaTime.Today(time) });

    [HttpPost("cases/new")]
    [RequirePermission(Permissions.AnnualReports.Draft)]
    public Task<IActionResult> NewCase(AppealCaseForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form.ToCommand(),
            onSuccess: _ =>
            {
                this.Flash("案件已登记；起草中的年度报告保存时表四随之更新。");
                return RedirectToAction(nameof(Cases));
            },
            redisplay: _ => View(form),
            cancellationToken);

    private Task<IActionResult> Step<TCommand>(int id, TCommand command, string done, CancellationToken cancellationToken)
        where TCommand : ICommand =>
        this.SendFormAsync(
            sender,
            command,
            onSuccess: _ =>
            {
                this.Flash(done);
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: async _ => View(nameof(Details), await sender.Send(new GetAnnualReportQuery(id), cancellationToken)),
            cancellationToken);

    private async Task<IActionResult> IndexPageAsync(CancellationToken cancellationToken) =>
        View(nameof(Index), await sender.Send(new ListAnnualReportsQuery(), cancellationToken));
}
