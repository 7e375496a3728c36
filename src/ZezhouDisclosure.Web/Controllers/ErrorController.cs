using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Web.Models;

namespace ZezhouDisclosure.Web.Controllers;

/// <summary>Friendly Chinese error pages with a correlation id; never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/error")]
    public IActionResult ServerError()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var correlationId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        if (feature?.Error is { } error)
        {
            logger.LogError(error, "Unhandled error on {Path}, correlation {CorrelationId}", feature.Path, correlationId);
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", new ErrorViewModel(500, correlationId));
    }

    [Route("/error/{code:int}")]
    public IActionResult Status(int code)
    {
        var correlationId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View("Error", new ErrorViewModel(Response.StatusCode, correlationId));
    }
}
