using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Auditing;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Audit.Controllers;

[Area("Admin")]
[RequirePermission(Permissions.Audit.View)]
public sealed class AuditController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await sender.Send(new ListAuditEntriesQuery(page), cancellationToken));
}
