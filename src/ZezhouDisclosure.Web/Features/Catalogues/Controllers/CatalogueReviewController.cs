using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Web.Features.Catalogues.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Catalogues.Controllers;

/// <summary>The county office reviews township catalogues: 审定通过 (publish a version) or 退回 with comments.</summary>
[Area("Admin")]
[RequirePermission(Permissions.Catalogues.Review)]
public sealed class CatalogueReviewController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListCataloguesForReviewQuery(), cancellationToken));

    [HttpGet]
    public Task<IActionResult> Details(int id, CancellationToken cancellationToken) => DetailsPageAsync(id, null, cancellationToken);

    [HttpPost]
    public Task<IActionResult> Approve(int id, int version, DateOnly? effectiveFrom, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new ApproveCatalogueCommand(id, version, effectiveFrom),
            number => Done(id, $"审定通过，已发布第 {number} 版。"),
            _ => DetailsPageAsync(id, null, cancellationToken),
            cancellationToken);

    [HttpPost]
    public Task<IActionResult> Return(
        int id, int version, string? comment, Dictionary<int, string>? itemComments, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new ReturnCatalogueCommand(id, version, comment, itemComments),
            _ => Done(id, "已退回。"),
            _ => DetailsPageAsync(id, comment, cancellationToken),
            cancellationToken);

    private RedirectToActionResult Done(int id, string message)
    {
        this.Flash(message);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The review page, the same on first render and after a refused post (plus the reviewer's typed comment).</summary>
    private async Task<IActionResult> DetailsPageAsync(int id, string? comment, CancellationToken cancellationToken) =>
        View(nameof(Details), new CatalogueReviewViewModel(await sender.Send(new GetCatalogueForReviewQuery(id), cancellationToken), comment));
}
