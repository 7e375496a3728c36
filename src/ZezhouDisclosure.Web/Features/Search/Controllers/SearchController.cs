using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;
using ZezhouDisclosure.Web.Features.Search.Models;

namespace ZezhouDisclosure.Web.Features.Search.Controllers;

/// <summary>站内搜索: full-text search with facet links, sort and paging; every query gets a page.</summary>
public sealed class SearchController(ISender sender, IValidator<SearchSiteQuery> validator) : Controller
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
        // A search is a query, not a form post: the words are checked up front and a refused search still gets its page.
        var query = new SearchSiteQuery(q, filters, order, page);
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            foreach (var failure in validation.Errors)
            {
                ModelState.AddModelError(failure.PropertyName, failure.ErrorMessage);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            var text = (q ?? "").Trim();
            return View(new SearchViewModel(text.Length > SearchSiteQuery.MaxTextLength ? text[..SearchSiteQuery.MaxTextLength] : text, new Dictionary<SearchFacet, string>(), order, null));
        }

        var result = await sender.Send(query, cancellationToken);
        return View(new SearchViewModel(result.Text, filters, order, result));
    }
}
