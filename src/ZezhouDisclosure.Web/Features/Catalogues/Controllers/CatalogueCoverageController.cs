using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Web.Features.Catalogues.Models;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Catalogues.Controllers;

/// <summary>
/// Coverage and timeliness of the published township catalogues, filtered by township, area and status, and exported
/// as xlsx with the same filters: the county office sees every township, a township clerk their own (the handler
/// scopes it).
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Catalogues.Coverage)]
public sealed class CatalogueCoverageController(ISender sender) : Controller
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    public async Task<IActionResult> Index(string? township, [FromQuery] string? area, CoverageStatus? status, CancellationToken cancellationToken)
    {
        var filter = Filter(township, area, status);
        var coverage = await sender.Send(filter, cancellationToken);
        var options = await sender.Send(new GetCoverageFilterOptionsQuery(), cancellationToken);
        return View(new CatalogueCoverageViewModel(coverage, options, filter.TownshipSlug, filter.AreaSlug, filter.Status));
    }

    [HttpGet]
    public async Task<IActionResult> Export(string? township, [FromQuery] string? area, CoverageStatus? status, CancellationToken cancellationToken)
    {
        var (name, content) = await sender.Send(new ExportCatalogueCoverageQuery(Filter(township, area, status)), cancellationToken);
        return File(content, XlsxContentType, name);
    }

    private static GetCatalogueCoverageQuery Filter(string? township, string? area, CoverageStatus? status) => new(
        string.IsNullOrWhiteSpace(township) ? null : township.Trim(),
        string.IsNullOrWhiteSpace(area) ? null : area.Trim(),
        status is { } s && Enum.IsDefined(s) ? s : null);
}
