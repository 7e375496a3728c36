using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Web.Areas.Admin.Models;

namespace ZezhouDisclosure.Web.Areas.Admin.Controllers;

/// <summary>
/// 依申请公开 in the back-office: the to-do list (a clerk's organisation, or county-wide for reviewers), the case
/// page with its deadline explanation, the audited reveal of the ID number, and 受理.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Clerk + "," + Roles.Reviewer + "," + Roles.Administrator)]
public sealed class DisclosureRequestsController(ISender sender, TimeProvider time) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListStaffRequestsQuery(), cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Figures(int? year, int? organisationId, CancellationToken cancellationToken)
    {
        var selected = Math.Clamp(year ?? ZezhouDisclosure.Domain.Common.ChinaTime.Today(time).Year, 2000, 2100);
        ViewData["Organisations"] = (await sender.Send(new ZezhouDisclosure.Application.Organisations.ListOrganisationsQuery(), cancellationToken))
            .Where(o => o.IsCurrent).ToList();
        return View(await sender.Send(new GetRequestFiguresQuery(selected, organisationId), cancellationToken));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        return View(new RequestDetailsViewModel(await sender.Send(new GetStaffRequestQuery(id), cancellationToken), null));
    }

    /// <summary>Shows the full ID number on this response only (never in a URL or TempData); audited.</summary>
    [HttpPost]
    public async Task<IActionResult> RevealIdNumber(int id, CancellationToken cancellationToken)
    {
        var number = await sender.Send(new RevealIdNumberCommand(id), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return View("Details", new RequestDetailsViewModel(await sender.Send(new GetStaffRequestQuery(id), cancellationToken), number));
    }

    [HttpPost]
    public async Task<IActionResult> Accept(int id, int version, CancellationToken cancellationToken)
    {
        await sender.Send(new AcceptRequestCommand(id, version), cancellationToken);
        TempData["Flash"] = "已受理。";
        return RedirectToAction(nameof(Details), new { id });
    }
}
