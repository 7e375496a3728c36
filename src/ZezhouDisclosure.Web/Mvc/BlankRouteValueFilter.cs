using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// A route value made only of white space (<c>/site/%20%20</c>, <c>/jczwgk/xz/%0A</c>) names no page: 404. Model
/// binding turns such a value into null, which actions taking a required slug or name never expected (the bad-input
/// sweep found three 500s that way), so it is refused once, here, before any action sees it.
/// </summary>
public sealed class BlankRouteValueFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.RouteData.Values.Values.Any(v => v is string { Length: > 0 } text && string.IsNullOrWhiteSpace(text)))
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
