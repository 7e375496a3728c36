using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Web.Areas.Admin.Controllers;

/// <summary>
/// Coverage and timeliness of the published township catalogues: the county office sees every township, a township
/// clerk their own (the handler scopes it).
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Clerk + "," + Roles.Reviewer)]
public sealed class CatalogueCoverageController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? township, CancellationToken cancellationToken)
    {
        ViewData["Township"] = township;
        return View(await sender.Send(new GetCatalogueCoverageQuery(string.IsNullOrWhiteSpace(township) ? null : township), cancellationToken));
    }
}
