using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Web.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Controllers;

/// <summary>站内搜索 over published documents.</summary>
public sealed class SearchController(ISender sender) : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        try
        {
            var results = await sender.Send(new SearchPublishedDocumentsQuery(q, page), cancellationToken);
            return View(new SearchViewModel(q?.Trim() ?? "", results));
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var query = (q ?? "").Trim();
            return View(new SearchViewModel(query.Length > 100 ? query[..100] : query, null));
        }
    }
}
