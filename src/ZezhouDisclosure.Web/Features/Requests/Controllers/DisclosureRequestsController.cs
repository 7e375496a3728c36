using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.Web.Features.Requests.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Requests.Controllers;

/// <summary>
/// 依申请公开 in the back-office: the to-do list (a clerk's organisation, or county-wide for reviewers), registration
/// of applications received by letter, in person or by fax, the case page with its deadline explanation, the audited
/// reveal of the ID number, and one small form per step of the procedure. Every step is a command that checks who
/// may take it and the case's version; a step the state does not allow answers 409 with the entity's Chinese reason.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Requests.View)]
public sealed class DisclosureRequestsController(
    ISender sender, TimeProvider time, ReceiptEmails receiptEmails, IAttachmentStore store, AttachmentSettings settings) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? filter, int? organisationId, CancellationToken cancellationToken)
    {
        var rows = await sender.Send(new ListStaffRequestsQuery(organisationId), cancellationToken);
        var transfers = await sender.Send(new ListIncomingTransfersQuery(), cancellationToken);
        var organisations = User.HasPermission(Permissions.Requests.ViewCountyWide)
            ? (await sender.Send(new ListOrganisationsQuery(), cancellationToken)).Where(o => o.IsCurrent).ToList()
            : [];
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
    [RequirePermission(Permissions.Requests.Register)]
    public IActionResult Register() =>
        RegisterPage(new RegisterRequestForm { SubmissionKey = Guid.NewGuid().ToString("N"), ReceivedOn = ChinaTime.Today(time) });

    /// <summary>Renders the receipt directly: the query code is shown this once and never travels in a URL.</summary>
    [HttpPost]
    [RequirePermission(Permissions.Requests.Register)]
    public async Task<IActionResult> Register(RegisterRequestForm application, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        SubmitRequestResult? receipt = null;
        var result = await this.SendFormAsync(
            sender,
            application.ToCommand(),
            onSuccess: r =>
            {
                receipt = r;
                return View("Registered", r);
            },
            redisplay: _ => RegisterPage(application),
            cancellationToken);
        if (receipt is not null && result is ViewResult view)
        {
            // Committed: the applicant gets the number and code by e-mail too, when an address was given.
            view.ViewData.Model = await receiptEmails.SendAsync(receipt, $"{Request.Scheme}://{Request.Host}{PortalUrls.RequestQuery}", cancellationToken);
        }

        return result;
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

    /// <summary>答复所附信息: the handling clerk attaches a file of the information to disclose, while the case is in process.</summary>
    [HttpPost]
    [AttachmentUploadLimit]
    public async Task<IActionResult> AddReplyFile(int id, IFormFile? replyFile, CancellationToken cancellationToken)
    {
        if (replyFile is null && !ModelState.IsValid)
        {
            // The form reader stopped at the size limit.
            ModelState.Clear();
            ModelState.AddModelError(AddReplyFileCommand.FileField, $"文件超过了{Domain.Documents.AttachmentKinds.DescribeSize(settings.MaxFileBytes)}的上限。请压缩或拆分后再上传。");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await CaseView(id, null, RequestAction.ReplyFiles, cancellationToken);
        }

        await using var content = replyFile?.OpenReadStream();
        return await this.SendFormAsync(
            sender,
            new AddReplyFileCommand(id, replyFile?.FileName, content),
            onSuccess: _ =>
            {
                this.Flash($"文件“{Path.GetFileName(replyFile!.FileName)}”已添加到答复。");
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => CaseView(id, null, RequestAction.ReplyFiles, cancellationToken),
            cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> RemoveReplyFile(int id, int fileId, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveReplyFileCommand(id, fileId), cancellationToken);
        this.Flash("文件已从答复中删除。");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Staff download of a reply's file.</summary>
    [HttpGet]
    public async Task<IActionResult> ReplyFile(int id, int fileId, CancellationToken cancellationToken) =>
        AttachmentFiles.Serve(this, store, await sender.Send(new GetStaffReplyFileQuery(id, fileId), cancellationToken));

    /// <summary>接收转办: the receiving organisation's clerk takes a transferred application in as a new case.</summary>
    [HttpPost]
    [RequirePermission(Permissions.Requests.Register)]
    public async Task<IActionResult> ReceiveTransfer(int id, CancellationToken cancellationToken)
    {
        var newId = await sender.Send(new ReceiveTransferCommand(id), cancellationToken);
        this.Flash("已接收转办申请。");
        return RedirectToAction(nameof(Details), new { id = newId });
    }

    /// <summary>
    /// Runs one step: done, back to the case page (PRG); invalid input (400) or a stale version (409) re-renders the
    /// case page with that form's errors and typed values. Steps the state does not allow fall through to the exception
    /// filter (409 with the entity's Chinese reason).
    /// </summary>
    private Task<IActionResult> Step(int id, RequestAction action, ICommand command, string done, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            command,
            onSuccess: _ =>
            {
                this.Flash(done);
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => CaseView(id, null, action, cancellationToken),
            cancellationToken);

    /// <summary>The registration form, as first shown and as shown again with its errors.</summary>
    private ViewResult RegisterPage(RegisterRequestForm form)
    {
        Response.Headers.CacheControl = "no-store";
        return View(nameof(Register), form);
    }

    /// <summary>The case page (first render, after a reveal, and re-rendered with a failed step's errors and values).</summary>
    private async Task<IActionResult> CaseView(int id, string? revealedIdNumber, RequestAction? failed, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var request = await sender.Send(new GetStaffRequestQuery(id), cancellationToken);
        var organisations = request.Procedure.Can(RequestAction.Transfer)
            ? (await sender.Send(new ListOrganisationsQuery(), cancellationToken))
                .Where(o => o.IsCurrent && o.Id != request.OrganisationId).ToList()
            : [];
        var posted = failed is not null && Request.HasFormContentType
            ? Request.Form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.OrdinalIgnoreCase)
            : null;
        return View("Details", new RequestDetailsViewModel(request, revealedIdNumber, failed, organisations, posted));
    }
}
