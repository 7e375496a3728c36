using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Portal.Controllers;

/// <summary>The footer pages every government site carries, and the 长辈版 switch.</summary>
public sealed class SiteController(ISender sender) : Controller
{
    private static readonly HashSet<string> Pages = ["statement", "privacy", "contact", "help", "accessibility"];

    [HttpGet("/sitemap")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken) =>
        View(await sender.Send(new GetColumnTreeQuery(), cancellationToken));

    [HttpGet("/site/{name}")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public IActionResult Page(string name)
    {
        name = name.ToLowerInvariant();
        return Pages.Contains(name) ? View(name) : throw new NotFoundException();
    }

    /// <summary>
    /// Turns 长辈版 on or off and goes back to the page the visitor was on. A GET link on purpose: it changes only a
    /// display preference in the visitor's own cookie, so public pages need no antiforgery token and stay cacheable.
    /// </summary>
    [HttpGet("/prefs/elder")]
    public IActionResult ToggleElderMode(string? returnUrl)
    {
        if (ElderMode.IsOn(HttpContext))
        {
            Response.Cookies.Delete(ElderMode.CookieName);
        }
        else
        {
            Response.Cookies.Append(ElderMode.CookieName, "1", new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
        }

        return this.RedirectToLocal(returnUrl, "/");
    }
}
