using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Sentiment;
using ZezhouDisclosure.Web.Features.Interactions.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Interactions.Controllers;

/// <summary>
/// 舆情核实反馈 for a responsible unit's 联络人/承办人: their unit's open 舆情 cases with the running clocks, each
/// case's timeline, and the 核实反馈 form while the county office's verification request (24 h) is outstanding.
/// Another unit's case is not found (404).
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Sentiment.Feedback)]
public sealed class SentimentFeedbackController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListUnitSentimentCasesQuery(), cancellationToken));

    [HttpGet]
    public Task<IActionResult> Details(int id, CancellationToken cancellationToken) => CaseView(id, false, cancellationToken);

    [HttpPost]
    public Task<IActionResult> Feedback(int id, int version, string? text, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new RecordSentimentFeedbackCommand(id, version, text),
            onSuccess: _ =>
            {
                this.Flash("核实情况已反馈。");
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => CaseView(id, true, cancellationToken),
            cancellationToken);

    private async Task<IActionResult> CaseView(int id, bool failed, CancellationToken cancellationToken)
    {
        var view = await sender.Send(new GetSentimentCaseQuery(id), cancellationToken);
        var posted = failed && Request.HasFormContentType
            ? Request.Form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.OrdinalIgnoreCase)
            : null;
        return View(nameof(Details), new SentimentDetailsViewModel(view, posted));
    }
}
