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
            form.ToCommand(null, intent == "submit"),
            onSuccess: id => Done(id, intent == "submit" ? "已保存并提交审核。" : "已保存草稿。"),
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
            form.ToCommand(id, intent == "submit"),
            onSuccess: _ => Done(id, intent == "submit" ? "已保存并提交审核。" : "已保存。"),
            redisplay: _ => View("Edit", new ParticipationCatalogueEditViewModel(id, form)),
            cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        View(new ParticipationCataloguePageViewModel(await sender.Send(new GetParticipationCatalogueQuery(id), cancellationToken)));

    [HttpPost]
    [RequirePermission(Permissions.Participation.Review)]
    public Task<IActionResult> Review(int id, int version, string? decision, string? comment, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new ReviewParticipationCatalogueCommand(id, version, decision == "approve", comment),
            onSuccess: _ => Done(id, decision == "approve" ? "审核通过，参与事项目录已发布。" : "已退回。"),
            redisplay: async _ => (IActionResult)View("Details", new ParticipationCataloguePageViewModel(
                await sender.Send(new GetParticipationCatalogueQuery(id), cancellationToken), comment)),
            cancellationToken);

    private RedirectToActionResult Done(int id, string message)
    {
        this.Flash(message);
        return RedirectToAction(nameof(Details), new { id });
    }
}
