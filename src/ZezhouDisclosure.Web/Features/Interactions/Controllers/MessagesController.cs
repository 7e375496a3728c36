using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Web.Features.Interactions.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Interactions.Controllers;

/// <summary>
/// 留言办理 in the back-office: the list (a clerk's unit, or county-wide), the case page with its clock and routing
/// history, the county office's triage (分办 / 受理 / 合并 / 不予受理), transfers, answers, publication review and the
/// audited reveal of the citizen's contact details. Each step carries the case's version: a second person acting on
/// the same version gets 409 and keeps what they typed.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Interactions.View)]
public sealed class MessagesController(ISender sender, MessageNotifications notifications) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(MessageListFilter filter = MessageListFilter.Open, int? organisationId = null, CancellationToken cancellationToken = default)
    {
        var rows = await sender.Send(new ListStaffMessagesQuery(filter, organisationId), cancellationToken);
        var organisations = User.HasPermission(Permissions.Interactions.Triage) ? await OrganisationsAsync(cancellationToken) : [];
        return View(new MessageListViewModel(rows, filter, organisationId, organisations));
    }

    [HttpGet]
    public Task<IActionResult> Details(int id, CancellationToken cancellationToken) => CaseView(id, null, false, cancellationToken);

    /// <summary>Shows the contact details on this response only (never in a URL or TempData); audited.</summary>
    [HttpPost]
    [RequirePermission(Permissions.Interactions.Answer)]
    public async Task<IActionResult> RevealContact(int id, CancellationToken cancellationToken)
    {
        var contact = await sender.Send(new RevealMessageContactCommand(id), cancellationToken);
        return await CaseView(id, contact, false, cancellationToken);
    }

    [HttpPost]
    [RequirePermission(Permissions.Interactions.Triage)]
    public Task<IActionResult> Route(int id, int version, int? toOrganisationId, string? note, CancellationToken cancellationToken) =>
        Step(id, new RouteMessageCommand(id, version, toOrganisationId, note), "已分办。", cancellationToken,
            () => notifications.RoutedAsync(id, SiteUrl, CancellationToken.None));

    [HttpPost]
    [RequirePermission(Permissions.Interactions.Triage)]
    public Task<IActionResult> Reject(int id, int version, string? reason, CancellationToken cancellationToken) =>
        Step(id, new RejectMessageCommand(id, version, reason), "已作不予受理处理。", cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Interactions.Triage)]
    public Task<IActionResult> Merge(int id, int version, string? targetNumber, CancellationToken cancellationToken) =>
        Step(id, new MergeMessageCommand(id, version, targetNumber), "已合并。", cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Interactions.Answer)]
    public Task<IActionResult> Answer(int id, int version, string? reply, bool confirmPersonalData, CancellationToken cancellationToken) =>
        Step(id, new AnswerMessageCommand(id, version, reply, confirmPersonalData), "已答复。", cancellationToken,
            () => notifications.AnsweredAsync(id, SiteUrl, CancellationToken.None));

    /// <summary>申请转办: the holding unit says the case is not its business; the county office decides.</summary>
    [HttpPost]
    [RequirePermission(Permissions.Interactions.Answer)]
    public Task<IActionResult> RequestTransfer(int id, int version, string? reason, CancellationToken cancellationToken) =>
        Step(id, new RequestMessageTransferCommand(id, version, reason), "已申请转办，等待县政务公开办处理。", cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Interactions.Triage)]
    public Task<IActionResult> DeclineTransfer(int id, int version, string? note, CancellationToken cancellationToken) =>
        Step(id, new DeclineMessageTransferCommand(id, version, note), "已决定不予转办，仍由原单位办理。", cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Interactions.Triage)]
    public Task<IActionResult> Publish(int id, int version, CancellationToken cancellationToken) =>
        Step(id, new PublishMessageCommand(id, version), "答复已公开。", cancellationToken,
            () => notifications.PublishedAsync(id, SiteUrl, CancellationToken.None));

    /// <summary>撤回公开: the answer leaves the public site (page, lists, search); the reason is audited.</summary>
    [HttpPost]
    [RequirePermission(Permissions.Interactions.Triage)]
    public Task<IActionResult> Withdraw(int id, int version, string? withdrawReason, bool consentWithdrawn, CancellationToken cancellationToken) =>
        Step(id, new WithdrawMessageCommand(id, version, withdrawReason, consentWithdrawn), "答复已撤回公开，网站上不再显示。", cancellationToken);

    private string SiteUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    /// <summary>
    /// One step; <paramref name="notify"/> runs once it has committed (e-mail; its outcome is recorded and never fails
    /// the step).
    /// </summary>
    private async Task<IActionResult> Step(int id, Mediator.ICommand command, string done, CancellationToken cancellationToken, Func<Task>? notify = null)
    {
        var succeeded = false;
        var result = await this.SendFormAsync(
            sender,
            command,
            onSuccess: _ =>
            {
                succeeded = true;
                this.Flash(done);
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => CaseView(id, null, true, cancellationToken),
            cancellationToken);
        if (succeeded && notify is not null)
        {
            await notify();
        }

        return result;
    }

    /// <summary>The case page (first render, after a reveal, and re-rendered with a failed step's errors and typed text).</summary>
    private async Task<IActionResult> CaseView(int id, MessageContactView? contact, bool failed, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var message = await sender.Send(new GetStaffMessageQuery(id), cancellationToken);
        var organisations = message.CanRoute ? await OrganisationsAsync(cancellationToken) : [];
        var posted = failed && Request.HasFormContentType
            ? Request.Form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.OrdinalIgnoreCase)
            : null;
        return View("Details", new MessageDetailsViewModel(message, contact, organisations, posted));
    }

    private async Task<IReadOnlyList<OrganisationSummary>> OrganisationsAsync(CancellationToken cancellationToken) =>
        [.. (await sender.Send(new ListOrganisationsQuery(), cancellationToken)).Where(o => o.IsCurrent)];
}
