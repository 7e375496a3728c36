using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.Web.Features.Requests.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Requests.Controllers;

/// <summary>
/// 依申请公开 in the back-office: the to-do list (a clerk's organisation, or county-wide for reviewers), registration
/// of applications received by letter, in person or by fax, the case page with its deadline explanation, the audited
/// reveal of the ID number, and one small form per step of the procedure. Every step is a command that checks who
/// may take it and the case's version; a step the state does not allow answers 409 with the entity's Chinese reason.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Clerk + "," + Roles.Reviewer + "," + Roles.Administrator)]
public sealed class DisclosureRequestsController(ISender sender, TimeProvider time) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? filter, int? organisationId, CancellationToken cancellationToken)
    {
        var rows = await sender.Send(new ListStaffRequestsQuery(organisationId), cancellationToken);
        var transfers = await sender.Send(new ListIncomingTransfersQuery(), cancellationToken);
        var organisations = User.IsInRole(Roles.Clerk)
            ? []
            : (await sender.Send(new ListOrganisationsQuery(), cancellationToken)).Where(o => o.IsCurrent).ToList();
        return View(new RequestTodoViewModel(rows, transfers, RequestTodoViewModel.ParseFilter(filter), organisationId, organisations));
    }

    [HttpGet]
    public async Task<IActionResult> Figures(int? year, int? organisationId, CancellationToken cancellationToken)
    {
        var selected = Math.Clamp(year ?? ChinaTime.Today(time).Year, 2000, 2100);
        ViewData["Organisations"] = (await sender.Send(new ListOrganisationsQuery(), cancellationToken))
            .Where(o => o.IsCurrent).ToList();
        return View(await sender.Send(new GetRequestFiguresQuery(selected, organisationId), cancellationToken));
    }

    /// <summary>登记: the form for an application received by letter, in person or by fax (clerks only).</summary>
    [HttpGet]
    [Authorize(Roles = Roles.Clerk)]
    public IActionResult Register()
    {
        Response.Headers.CacheControl = "no-store";
        return View(new RegisterRequestForm { SubmissionKey = Guid.NewGuid().ToString("N"), ReceivedOn = ChinaTime.Today(time) });
    }

    /// <summary>Renders the receipt directly: the query code is shown this once and never travels in a URL.</summary>
    [HttpPost]
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> Register(RegisterRequestForm application, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        try
        {
            return View("Registered", await sender.Send(application.ToCommand(), cancellationToken));
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(application);
        }
    }

    [HttpGet]
    public Task<IActionResult> Details(int id, CancellationToken cancellationToken) => CaseView(id, null, null, cancellationToken);

    /// <summary>Shows the full ID number on this response only (never in a URL or TempData); audited.</summary>
    [HttpPost]
    public async Task<IActionResult> RevealIdNumber(int id, CancellationToken cancellationToken)
    {
        var number = await sender.Send(new RevealIdNumberCommand(id), cancellationToken);
        return await CaseView(id, number, null, cancellationToken);
    }

    [HttpPost]
    public Task<IActionResult> Accept(int id, int version, CancellationToken cancellationToken) =>
        Step(id, RequestAction.Accept, new AcceptRequestCommand(id, version), "已受理。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Supplement(int id, int version, string? items, DateOnly? deadline, CancellationToken cancellationToken) =>
        Step(id, RequestAction.RequestSupplement, new RequestSupplementCommand(id, version, items, deadline), "已登记补正告知。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> ReceiveSupplement(int id, int version, DateOnly? receivedOn, CancellationToken cancellationToken) =>
        Step(id, RequestAction.ReceiveSupplement, new ReceiveSupplementCommand(id, version, receivedOn), "已登记收到补正，答复期限重新起算。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Abandon(int id, int version, CancellationToken cancellationToken) =>
        Step(id, RequestAction.MarkAbandoned, new MarkRequestAbandonedCommand(id, version), "已视为放弃申请。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> StartConsultation(
        int id, int version, ConsultationKind? kind, string? party, DateOnly? startedOn, CancellationToken cancellationToken) =>
        Step(id, RequestAction.StartConsultation, new StartConsultationCommand(id, version, kind, party, startedOn), "已登记征求意见，计时暂停。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> EndConsultation(int id, int version, DateOnly? endedOn, string? opinion, CancellationToken cancellationToken) =>
        Step(id, RequestAction.EndConsultation, new EndConsultationCommand(id, version, endedOn, opinion), "已结束征求意见，恢复计时。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> RequestExtension(int id, int version, int? workingDays, string? reason, CancellationToken cancellationToken) =>
        Step(id, RequestAction.RequestExtension, new RequestExtensionCommand(id, version, workingDays, reason), "已提出延期申请，待负责人审批。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> ApproveExtension(int id, int version, CancellationToken cancellationToken) =>
        Step(id, RequestAction.DecideExtension, new ApproveExtensionCommand(id, version), "已同意延期。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> RefuseExtension(int id, int version, CancellationToken cancellationToken) =>
        Step(id, RequestAction.DecideExtension, new RefuseExtensionCommand(id, version), "已不同意延期。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Propose(int id, int version, RequestOutcome? outcome, string? text, CancellationToken cancellationToken) =>
        Step(id, RequestAction.ProposeDecision, new ProposeDecisionCommand(id, version, outcome, text), "已提出办理意见，报负责人审批。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> ApproveDecision(int id, int version, CancellationToken cancellationToken) =>
        Step(id, RequestAction.DecideProposal, new ApproveDecisionCommand(id, version), "已批准办理意见。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> ReturnDecision(int id, int version, string? comment, CancellationToken cancellationToken) =>
        Step(id, RequestAction.DecideProposal, new ReturnDecisionCommand(id, version, comment), "已退回办理意见。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Deliver(int id, int version, ReceivingMethod? method, DateOnly? deliveredOn, CancellationToken cancellationToken) =>
        Step(id, RequestAction.Deliver, new DeliverRequestCommand(id, version, method, deliveredOn), "已登记送达，申请办结。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Transfer(int id, int version, int? toOrganisationId, string? reason, CancellationToken cancellationToken) =>
        Step(id, RequestAction.Transfer, new TransferRequestCommand(id, version, toOrganisationId, reason), "已转办。", cancellationToken);

    /// <summary>接收转办: the receiving organisation's clerk takes a transferred application in as a new case.</summary>
    [HttpPost]
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> ReceiveTransfer(int id, CancellationToken cancellationToken)
    {
        var newId = await sender.Send(new ReceiveTransferCommand(id), cancellationToken);
        this.Flash("已接收转办申请。");
        return RedirectToAction(nameof(Details), new { id = newId });
    }

    /// <summary>
    /// Runs one step; on invalid input re-renders the case page with that form's errors (400). Conflicts and steps
    /// the state does not allow fall through to the exception filter (409 with the Chinese reason).
    /// </summary>
    private async Task<IActionResult> Step<TCommand>(int id, RequestAction action, TCommand command, string done, CancellationToken cancellationToken)
        where TCommand : ICommand
    {
        try
        {
            await sender.Send(command, cancellationToken);
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await CaseView(id, null, action, cancellationToken);
        }

        this.Flash(done);
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> CaseView(int id, string? revealedIdNumber, RequestAction? failed, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var request = await sender.Send(new GetStaffRequestQuery(id), cancellationToken);
        var organisations = request.Procedure.Can(RequestAction.Transfer)
            ? (await sender.Send(new ListOrganisationsQuery(), cancellationToken))
                .Where(o => o.IsCurrent && o.Id != request.OrganisationId).ToList()
            : [];
        return View("Details", new RequestDetailsViewModel(request, revealedIdNumber, failed, organisations));
    }
}
