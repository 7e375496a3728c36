using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Participation;
using ZezhouDisclosure.Web.Features.Participation.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Participation.Controllers;

/// <summary>列席 and 访谈 records in the back-office: a unit's clerk enters and publishes them.</summary>
[Area("Admin")]
[RequirePermission(Permissions.Participation.View)]
public sealed class ParticipationRecordsController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListParticipationRecordsQuery(), cancellationToken));

    [HttpGet]
    [RequirePermission(Permissions.Participation.Edit)]
    public IActionResult Create() => View("Edit", new ParticipationRecordEditViewModel(null, false, new ParticipationRecordForm()));

    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public Task<IActionResult> Create(ParticipationRecordForm form, string? intent, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form.ToCommand(null, intent),
            onSuccess: _ => Done(intent),
            redisplay: _ => View("Edit", new ParticipationRecordEditViewModel(null, false, form)),
            cancellationToken);

    [HttpGet]
    [RequirePermission(Permissions.Participation.Edit)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var record = await sender.Send(new GetParticipationRecordQuery(id), cancellationToken);
        return View(new ParticipationRecordEditViewModel(id, record.IsPublished, ParticipationRecordForm.Of(record)));
    }

    [HttpPost]
    [RequirePermission(Permissions.Participation.Edit)]
    public async Task<IActionResult> Edit(int id, ParticipationRecordForm form, string? intent, CancellationToken cancellationToken) =>
        await this.SendFormAsync(
            sender,
            form.ToCommand(id, intent),
            onSuccess: _ => Done(intent),
            redisplay: async _ => (IActionResult)View("Edit", new ParticipationRecordEditViewModel(
                id, (await sender.Send(new GetParticipationRecordQuery(id), cancellationToken)).IsPublished, form)),
            cancellationToken);

    private RedirectToActionResult Done(string? intent)
    {
        this.Flash(intent switch
        {
            "publish" => "记录已发布。",
            "withdraw" => "记录已撤回，不再公开。",
            _ => "记录已保存。",
        });
        return RedirectToAction(nameof(Index));
    }
}
