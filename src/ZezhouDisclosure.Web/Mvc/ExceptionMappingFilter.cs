using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// Turns the application's exceptions into the right status and a Chinese page: not found → 404, forbidden → 403,
/// conflicts and broken business rules → 409, validation failures that no action handled itself → 400.
/// Anything else goes to the global error page (500, correlation id, no stack trace).
/// </summary>
public sealed class ExceptionMappingFilter(IModelMetadataProvider metadata, ILogger<ExceptionMappingFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        var (status, title, messages) = context.Exception switch
        {
            NotFoundException e => (StatusCodes.Status404NotFound, "页面不存在", new[] { e.Message }),
            ForbiddenException e => (StatusCodes.Status403Forbidden, "没有权限", new[] { e.Message }),
            ConflictException e => (StatusCodes.Status409Conflict, "操作未能完成", new[] { e.Message }),
            DomainException e => (StatusCodes.Status409Conflict, "操作未能完成", new[] { e.Message }),
            FluentValidation.ValidationException e => (StatusCodes.Status400BadRequest, "输入有误",
                e.Errors.Select(f => f.ErrorMessage).Distinct().ToArray()),
            _ => (0, "", Array.Empty<string>()),
        };
        if (status == 0)
        {
            return;
        }

        if (status == StatusCodes.Status403Forbidden)
        {
            logger.LogWarning("Refused {Path} for user {User}", context.HttpContext.Request.Path, context.HttpContext.User.Identity?.Name);
        }

        context.ExceptionHandled = true;
        context.HttpContext.Response.StatusCode = status;
        context.Result = new ViewResult
        {
            ViewName = "~/Views/Shared/Problem.cshtml",
            StatusCode = status,
            ViewData = new ViewDataDictionary(metadata, context.ModelState)
            {
                Model = new ProblemViewModel(status, title, messages),
            },
        };
    }
}

/// <summary>What the problem page shows.</summary>
public sealed record ProblemViewModel(int Status, string Title, IReadOnlyList<string> Messages);
