using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;
using ZezhouDisclosure.Web.Features.Search.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Search.Controllers;

/// <summary>站内搜索: full-text search with facet links, sort and paging; every query gets a page.</summary>
public sealed class SearchController(ISender sender) : Controller
{
    [HttpGet("/search")]
    [EnableRateLimiting(DependencyInjection.HeavyPageLimit)]
    public async Task<IActionResult> Index(string? q, string? sort, int page = 1, CancellationToken cancellationToken = default)
    {
        ModelState.Remove(nameof(page)); // page=abc means page 1, not an error
        var filters = new Dictionary<SearchFacet, string>();
        foreach (var (facet, name) in SearchViewModel.FilterNames)
        {
            if (Request.Query[name].ToString() is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value))
            {
                filters[facet] = value.Trim();
            }
        }

        var order = string.Equals(sort, "date", StringComparison.OrdinalIgnoreCase) ? SearchSort.Date : SearchSort.Relevance;
        try
        {
            var result = await sender.Send(new SearchSiteQuery(q, filters, order, page), cancellationToken);
            return View(new SearchViewModel(result.Text, filters, order, result));
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var text = (q ?? "").Trim();
            return View(new SearchViewModel(text.Length > SearchSiteQuery.MaxTextLength ? text[..SearchSiteQuery.MaxTextLength] : text, new Dictionary<SearchFacet, string>(), order, null));
        }
    }
}
