using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Web.Features.Catalogues.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Catalogues.Controllers;

/// <summary>The county office reviews township catalogues: 审定通过 (publish a version) or 退回 with comments.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Reviewer)]
public sealed class CatalogueReviewController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListCataloguesForReviewQuery(), cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        View(new CatalogueReviewViewModel(await sender.Send(new GetCatalogueForReviewQuery(id), cancellationToken)));

    [HttpPost]
    public async Task<IActionResult> Approve(int id, int version, DateOnly? effectiveFrom, CancellationToken cancellationToken)
    {
        var number = await sender.Send(new ApproveCatalogueCommand(id, version, effectiveFrom), cancellationToken);
        this.Flash($"审定通过，已发布第 {number} 版。");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Return(
        int id, int version, string? comment, Dictionary<int, string>? itemComments, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new ReturnCatalogueCommand(id, version, comment, itemComments), cancellationToken);
            this.Flash("已退回。");
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Details), new CatalogueReviewViewModel(await sender.Send(new GetCatalogueForReviewQuery(id), cancellationToken), comment));
        }
    }
}
