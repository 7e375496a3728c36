using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Web.Models;

namespace ZezhouDisclosure.Web.Features.Portal.Controllers;

/// <summary>Friendly Chinese error pages with a correlation id; never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/error")]
    public IActionResult ServerError()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var correlationId = CorrelationId();
        if (feature?.Error is not { } error)
        {
            // Asked for directly: nothing went wrong, and there is no page at this address.
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Error", new ErrorViewModel(404, correlationId));
        }

        logger.LogError(error, "Unhandled error on {Path}, correlation {CorrelationId}", feature.Path, correlationId);
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        if (IsApi(feature?.Path))
        {
            return Api.ApiProblems.Result(HttpContext, 500, "correlation " + correlationId);
        }

        return View("Error", new ErrorViewModel(500, correlationId));
    }

    [Route("/error/{code:int}")]
    public IActionResult Status(int code)
    {
        var correlationId = CorrelationId();
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();

        // Only a re-executed error keeps its status; /error/0, /error/-1 or /error/500 typed in are pages that do not
        // exist (issue 20 item 6), never a 5xx the visitor can produce at will.
        // The original status comes from the feature, not from binding {code}: binding fails when the original request
        // carried a form that cannot be read (a NUL byte), and that used to turn a 400 into a 500.
        var status = reExecuted is null ? 0
            : reExecuted.OriginalStatusCode is >= 400 and < 600 ? reExecuted.OriginalStatusCode : code;
        Response.StatusCode = status is >= 400 and < 600 ? status : StatusCodes.Status404NotFound;
        if (IsApi(reExecuted?.OriginalPath))
        {
            // The read API answers in problem+json, never with an HTML page.
            return Api.ApiProblems.Result(HttpContext, Response.StatusCode);
        }

        // The rate limiter's wait (429/503): said in the page and sent again as Retry-After on the re-executed response.
        var retryAfter = HttpContext.Items.TryGetValue(DependencyInjection.RetryAfterItem, out var value) && value is int seconds ? seconds : (int?)null;
        if (retryAfter is not null)
        {
            Response.Headers.RetryAfter = retryAfter.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return View("Error", new ErrorViewModel(Response.StatusCode, correlationId, retryAfter));
    }

    /// <summary>
    /// The request's W3C trace id (32 hex digits, also in the request log), or a new one when no listener made the
    /// hosting layer start an activity: the page always shows an id of the same form, and the error log carries it.
    /// </summary>
    private static string CorrelationId() => (Activity.Current?.TraceId ?? ActivityTraceId.CreateRandom()).ToString();

    private static bool IsApi(string? path) => path is not null && path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);
}
