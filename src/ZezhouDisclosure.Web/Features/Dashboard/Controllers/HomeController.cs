using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.Web.Features.Dashboard.Models;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Dashboard.Controllers;

/// <summary>The back-office start page: what waits for this user.</summary>
[Area("Admin")]
[RequirePermission(Permissions.Workspace)]
public sealed class HomeController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        async Task<int> CountAsync(DocumentStatus status) =>
            (await sender.Send(new ListStaffDocumentsQuery(status, 1), cancellationToken)).TotalCount;

        return View(new DashboardViewModel(
            User.FindFirstValue(PortalClaims.DisplayName) ?? User.Identity?.Name ?? "",
            await CountAsync(DocumentStatus.Draft),
            await CountAsync(DocumentStatus.Submitted),
            await CountAsync(DocumentStatus.Returned),
            await CountAsync(DocumentStatus.Published),
            User.HasPermission(Permissions.Documents.Review)));
    }
}
