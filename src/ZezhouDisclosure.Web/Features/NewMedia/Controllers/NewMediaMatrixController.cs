using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ZezhouDisclosure.Application.NewMedia;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.NewMedia.Controllers;

/// <summary>The public 政务新媒体矩阵: every unit's accounts, running ones first; closed ones with their notice.</summary>
[Route("bs/xmt")]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class NewMediaMatrixController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        HttpContext.Tag(NewMediaCacheTagRule.MatrixTag);
        return View(await sender.Send(new ListNewMediaAccountsQuery(), cancellationToken));
    }
}
