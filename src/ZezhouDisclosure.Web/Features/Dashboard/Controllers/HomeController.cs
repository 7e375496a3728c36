using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.Web.Features.Dashboard.Models;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Dashboard.Controllers;

/// <summary>
/// The back-office start page: what waits for this user. A clerk sees the unit's work (documents, cases with their due
/// dates, the 标准目录, the 解读 ratio); a 单位负责人 what waits for the unit's sign-off; the county office what awaits it
/// and what is overdue county-wide.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Workspace)]
public sealed class HomeController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var name = User.FindFirstValue(PortalClaims.DisplayName) ?? User.Identity?.Name ?? "";
        if (User.IsInRole(Roles.Clerk))
        {
            var workbench = await sender.Send(new GetClerkWorkbenchQuery(), cancellationToken);
            return View("Clerk", new ClerkDashboardViewModel(name, workbench, await PanelsAsync(WorkbenchAudience.Clerk, cancellationToken)));
        }

        if (User.HasPermission(Permissions.Documents.ApproveInUnit))
        {
            var unit = await sender.Send(new GetUnitHeadWorkbenchQuery(), cancellationToken);
            return View("UnitHead", new UnitHeadDashboardViewModel(name, unit, await PanelsAsync(WorkbenchAudience.UnitHead, cancellationToken)));
        }

        var county = await sender.Send(new GetCountyWorkbenchQuery(), cancellationToken);
        return View("County", new CountyDashboardViewModel(
            name, county, User.HasPermission(Permissions.Documents.Review), User.HasPermission(Permissions.Catalogues.Review),
            await PanelsAsync(WorkbenchAudience.County, cancellationToken)));
    }

    /// <summary>The blocks other capabilities contribute (年度报告, 整改, 互动 …), after the built-in sections.</summary>
    private async Task<IReadOnlyList<WorkbenchPanel>> PanelsAsync(WorkbenchAudience audience, CancellationToken cancellationToken) =>
        await sender.Send(new GetWorkbenchPanelsQuery(audience), cancellationToken);
}
