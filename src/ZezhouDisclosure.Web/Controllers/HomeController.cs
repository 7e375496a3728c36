using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Portal;

namespace ZezhouDisclosure.Web.Controllers;

public sealed class HomeController(ISender sender) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new GetHomePageQuery(), cancellationToken));
}
