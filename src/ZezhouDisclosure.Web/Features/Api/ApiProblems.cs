using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.RateLimiting;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Web.Features.Api;

/// <summary>Errors of the read API as RFC 9457 problem+json with Chinese and English text; never an HTML page.</summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    public static ProblemDetails Create(HttpContext context, int status, string? detail = null)
    {
        var title = status switch
        {
            StatusCodes.Status400BadRequest => "请求参数有误 Bad request",
            StatusCodes.Status403Forbidden => "没有权限 Forbidden",
            StatusCodes.Status404NotFound => "未找到 Not found",
            StatusCodes.Status405MethodNotAllowed => "不支持该方法 Method not allowed",
            StatusCodes.Status409Conflict => "冲突 Conflict",
            StatusCodes.Status429TooManyRequests => "请求过于频繁 Too many requests",
            _ => "服务器错误 Server error",
        };
        return new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = $"https://httpstatuses.io/{status}",
            Instance = context.Request.Path,
        };
    }

    public static ObjectResult Result(HttpContext context, int status, string? detail = null) =>
        new(Create(context, status, detail)) { StatusCode = status, ContentTypes = { ContentType } };

    public static Task WriteAsync(HttpContext context, int status, string? detail = null) =>
        context.Response.WriteAsJsonAsync(Create(context, status, detail), (System.Text.Json.JsonSerializerOptions?)null, ContentType);

    /// <summary>The rate limiter's answer on /api: 429, Retry-After and a problem document.</summary>
    public static ValueTask TooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Max(1, retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ValueTask(WriteAsync(context, StatusCodes.Status429TooManyRequests,
            $"每分钟请求次数已达上限，请 {retryAfter} 秒后重试。 Rate limit reached; retry after {retryAfter} seconds."));
    }
}

/// <summary>Maps the application's exceptions to problem+json for API controllers (runs before the HTML mapping filter).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ApiProblemsAttribute : ExceptionFilterAttribute
{
    public override void OnException(ExceptionContext context)
    {
        var (status, detail) = context.Exception switch
        {
            NotFoundException => (StatusCodes.Status404NotFound, "请求的资源不存在或未公开。 The resource does not exist or is not published."),
            ForbiddenException => (StatusCodes.Status403Forbidden, null),
            ConflictException e => (StatusCodes.Status409Conflict, e.Message),
            DomainException e => (StatusCodes.Status409Conflict, e.Message),
            FluentValidation.ValidationException e => (StatusCodes.Status400BadRequest, string.Join(" ", e.Errors.Select(f => f.ErrorMessage).Distinct())),
            _ => (0, null),
        };
        if (status == 0)
        {
            return;
        }

        context.ExceptionHandled = true;
        context.Result = ApiProblems.Result(context.HttpContext, status, detail);
    }
}
