using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Participation;
using ZezhouDisclosure.Web.Features.Participation.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Participation.Controllers;

/// <summary>
/// 公众参与事项目录 in the back-office: a unit's clerk writes the year's decision items open to public participation
/// with the unit's standing rules and submits them; the county office publishes or returns them, like a document.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Participation.View)]
public sealed class ParticipationCataloguesController(ISender sender, TimeProvider time) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListParticipationCataloguesQuery(), cancellationToken));

    /// <summary>A new catalogue for next year's (or this year's) items; the standing rules carry over from the unit's latest.</summary>
    [HttpGet]
    [RequirePermission(Permissions.Participation.Edit)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var latest = (await sender.Send(new ListParticipationCataloguesQuery(), cancellationToken)).FirstOrDefault();
        var form = new ParticipationCatalogueForm { Year = Domain.Common.ChinaTime.Today(time).Year };
        if (latest is not null)
        {
            var previous = (await sender.Send(new GetParticipationCatalogueQuery(latest.Id), cancellationToken)).Catalogue;
            form = form with { Year = Math.Max(form.Year!.Value, previous.Year + 1), Scope = previous.Scope, Methods = previous.Methods, Channels = previous.Channels };
        }

        return View("Edit", new ParticipationCatalogueEditViewModel(null, form));
    }

    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public Task<IActionResult> Create(ParticipationCatalogueForm form, string? intent, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form.ToCommand(null, ReviewedDraftActions.IsSubmit(intent)),
            onSuccess: id => this.BackToDetails(id, ReviewedDraftActions.SavedMessage(intent, created: true)),
            redisplay: _ => View("Edit", new ParticipationCatalogueEditViewModel(null, form)),
            cancellationToken);

    [HttpGet]
    [RequirePermission(Permissions.Participation.Edit)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var c = (await sender.Send(new GetParticipationCatalogueQuery(id), cancellationToken)).Catalogue;
        return View(new ParticipationCatalogueEditViewModel(id, new ParticipationCatalogueForm
        {
            Version = c.Version,
            Year = c.Year,
            Scope = c.Scope,
            Methods = c.Methods,
            Channels = c.Channels,
            Items = [.. c.Items.OrderBy(i => i.Number).Select(i => new ParticipationItemForm
            {
                Title = i.Title, Method = i.Method, Channel = i.Channel, PlannedTime = i.PlannedTime,
            })],
        }));
    }

    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public Task<IActionResult> Edit(int id, ParticipationCatalogueForm form, string? intent, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form.ToCommand(id, ReviewedDraftActions.IsSubmit(intent)),
            onSuccess: _ => this.BackToDetails(id, ReviewedDraftActions.SavedMessage(intent, created: false)),
            redisplay: _ => View("Edit", new ParticipationCatalogueEditViewModel(id, form)),
            cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        View(new ParticipationCataloguePageViewModel(await sender.Send(new GetParticipationCatalogueQuery(id), cancellationToken)));

    [HttpPost]
    [RequirePermission(Permissions.Participation.Review)]
    public Task<IActionResult> Review(int id, ReviewDecision review, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new ReviewParticipationCatalogueCommand(id, review.Version, review.Approve, review.Comment),
            onSuccess: _ => this.BackToDetails(id, review.Message("审核通过，参与事项目录已发布。")),
            redisplay: _ => DetailsPageAsync(id, review.Comment, null, cancellationToken),
            cancellationToken);

    /// <summary>
    /// 调整: opens a new version of the published catalogue (or reopens the one already open) and goes to it for editing;
    /// a stale page is a 409 that keeps the reason typed.
    /// </summary>
    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public Task<IActionResult> Amend(int id, int version, string? reason, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new AmendParticipationCatalogueCommand(id, version, reason),
            onSuccess: amendment =>
            {
                this.Flash(amendment == id ? "已打开调整稿。" : "已打开本目录的调整稿，修改后请提交审核；发布前公众仍看到现行目录。");
                return RedirectToAction(nameof(Edit), new { id = amendment });
            },
            redisplay: _ => DetailsPageAsync(id, null, reason, cancellationToken),
            cancellationToken);

    /// <summary>The back-office page shown again after a refused post, with the review comment or the reason typed.</summary>
    private async Task<IActionResult> DetailsPageAsync(int id, string? reviewComment, string? amendReason, CancellationToken cancellationToken) =>
        View("Details", new ParticipationCataloguePageViewModel(
            await sender.Send(new GetParticipationCatalogueQuery(id), cancellationToken), reviewComment, amendReason));
}
