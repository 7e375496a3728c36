using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.Portal.Controllers;

[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class HomeController(ISender sender) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.ListsTag);
        return View(await sender.Send(new GetHomePageQuery(), cancellationToken));
    }
}
