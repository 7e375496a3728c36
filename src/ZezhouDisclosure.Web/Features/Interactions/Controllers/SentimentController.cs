using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Sentiment;
using ZezhouDisclosure.Domain.Sentiment;
using ZezhouDisclosure.Web.Features.Interactions.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Interactions.Controllers;

/// <summary>
/// The 政务舆情 register (county office): open cases with their running clocks and the on-call names, closed cases
/// with their timelines, registration, the timeline entries, grading and closing.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Sentiment.Manage)]
public sealed class SentimentController(ISender sender, TimeProvider time, SentimentNotifications notifications) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(bool closed = false, CancellationToken cancellationToken = default)
    {
        ViewData["Closed"] = closed;
        return View(await sender.Send(new ListSentimentCasesQuery(closed), cancellationToken));
    }

    [HttpGet]
    public Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var now = Domain.Common.ChinaTime.ToBeijing(time.GetUtcNow().UtcDateTime);
        return CreatePage(new SentimentForm { FirstSeenAt = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified) }, cancellationToken);
    }

    /// <summary>Registers the case; once committed, the responsible units' staff are e-mailed (outcome audited).</summary>
    [HttpPost]
    public async Task<IActionResult> Create(SentimentForm form, CancellationToken cancellationToken)
    {
        int? created = null;
        var result = await this.SendFormAsync(
            sender,
            form.ToCommand(),
            onSuccess: id =>
            {
                created = id;
                this.Flash("舆情已登记，回应计时开始。");
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => CreatePage(form, cancellationToken),
            cancellationToken);
        if (created is int registered)
        {
            await notifications.RegisteredAsync(registered, SiteUrl, CancellationToken.None);
        }

        return result;
    }

    [HttpGet]
    public Task<IActionResult> Details(int id, CancellationToken cancellationToken) => CaseView(id, false, cancellationToken);

    [HttpPost]
    public Task<IActionResult> Record(
        int id, int version, SentimentEntryKind? kind, string? text, SentimentResponseKind? responseKind, string? reference, CancellationToken cancellationToken) =>
        Step(id, new RecordSentimentEntryCommand(id, version, kind, text, responseKind, reference), "已记录。", cancellationToken,
            kind == SentimentEntryKind.VerificationRequest ? () => notifications.VerificationRequestedAsync(id, SiteUrl, CancellationToken.None) : null);

    [HttpPost]
    public Task<IActionResult> Level(int id, int version, SentimentLevel? level, CancellationToken cancellationToken) =>
        Step(id, new SetSentimentLevelCommand(id, version, level), "已调整舆情级别。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Close(int id, int version, CancellationToken cancellationToken) =>
        Step(id, new CloseSentimentCaseCommand(id, version), "舆情已办结。", cancellationToken);

    private string SiteUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    /// <summary>One step; <paramref name="notify"/> runs once it has committed (e-mail; never fails the step).</summary>
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
            redisplay: _ => CaseView(id, true, cancellationToken),
            cancellationToken);
        if (succeeded && notify is not null)
        {
            await notify();
        }

        return result;
    }

    private async Task<IActionResult> CreatePage(SentimentForm form, CancellationToken cancellationToken)
    {
        var organisations = (await sender.Send(new ListOrganisationsQuery(), cancellationToken)).Where(o => o.IsCurrent).ToList();
        return View(nameof(Create), new SentimentFormViewModel(form, organisations));
    }

    private async Task<IActionResult> CaseView(int id, bool failed, CancellationToken cancellationToken)
    {
        var view = await sender.Send(new GetSentimentCaseQuery(id), cancellationToken);
        var posted = failed && Request.HasFormContentType
            ? Request.Form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.OrdinalIgnoreCase)
            : null;
        return View(nameof(Details), new SentimentDetailsViewModel(view, posted));
    }
}
