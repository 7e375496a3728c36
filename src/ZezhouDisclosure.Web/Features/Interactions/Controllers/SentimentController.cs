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
public sealed class SentimentController(ISender sender, TimeProvider time) : Controller
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

    [HttpPost]
    public Task<IActionResult> Create(SentimentForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form.ToCommand(),
            onSuccess: id =>
            {
                this.Flash("舆情已登记，回应计时开始。");
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => CreatePage(form, cancellationToken),
            cancellationToken);

    [HttpGet]
    public Task<IActionResult> Details(int id, CancellationToken cancellationToken) => CaseView(id, false, cancellationToken);

    [HttpPost]
    public Task<IActionResult> Record(
        int id, int version, SentimentEntryKind? kind, string? text, SentimentResponseKind? responseKind, string? reference, CancellationToken cancellationToken) =>
        Step(id, new RecordSentimentEntryCommand(id, version, kind, text, responseKind, reference), "已记录。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Level(int id, int version, SentimentLevel? level, CancellationToken cancellationToken) =>
        Step(id, new SetSentimentLevelCommand(id, version, level), "已调整舆情级别。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Close(int id, int version, CancellationToken cancellationToken) =>
        Step(id, new CloseSentimentCaseCommand(id, version), "舆情已办结。", cancellationToken);

    private Task<IActionResult> Step(int id, Mediator.ICommand command, string done, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            command,
            onSuccess: _ =>
            {
                this.Flash(done);
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => CaseView(id, true, cancellationToken),
            cancellationToken);

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
