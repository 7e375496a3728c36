using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using ZezhouDisclosure.Web.Features.Api;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// Refuses, with 400 and a Chinese message, any request whose query string, form fields or route values carry a
/// control character other than tab, line feed and carriage return (issue 20 item 4). A NUL byte (%00) cannot be
/// stored by PostgreSQL, and none of these characters can be written into the XML of the Word and Excel files the
/// portal produces, so they are stopped once, here, before any action sees them.
/// </summary>
public sealed class ControlCharacterFilter(IModelMetadataProvider metadata) : IAsyncActionFilter
{
    public const string Message = "提交的内容含有不可见的控制字符（例如空字符），无法处理。请删除这些字符后重新提交。";

    /// <summary>
    /// ASP.NET Core cannot read a form holding a NUL byte (or one over its size limits) at all: antiforgery then
    /// refuses the post with an empty 400, and this message is what the re-executed error page says instead.
    /// </summary>
    public const string UnreadableFormMessage = "提交的表单内容无法读取（可能含有空字符等不允许的字符，或内容过多过长）。请检查后重新提交。";

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (await ProblemAsync(context.HttpContext) is { } message)
        {
            context.HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Result = context.HttpContext.Request.Path.StartsWithSegments("/api")
                ? ApiProblems.Result(context.HttpContext, StatusCodes.Status400BadRequest, message)
                : new ViewResult
                {
                    ViewName = "~/Views/Shared/Problem.cshtml",
                    StatusCode = StatusCodes.Status400BadRequest,
                    ViewData = new ViewDataDictionary(metadata, context.ModelState)
                    {
                        Model = new ProblemViewModel(StatusCodes.Status400BadRequest, "输入有误", [message]),
                    },
                };
            return;
        }

        await next();
    }

    public static bool IsForbidden(char c) => c < ' ' && c is not '\t' and not '\n' and not '\r';

    public static bool Contains(string? value) => value is not null && value.Any(IsForbidden);

    /// <summary>What is wrong with the request's input (the message to show), or null.</summary>
    private static async Task<string?> ProblemAsync(HttpContext context) =>
        await HasControlCharactersAsync(context) switch
        {
            true => Message,
            false => null,
            null => UnreadableFormMessage,
        };

    /// <summary>True when a value holds a control character; null when the form cannot be read at all.</summary>
    private static async Task<bool?> HasControlCharactersAsync(HttpContext context)
    {
        var request = context.Request;
        foreach (var (key, values) in request.Query)
        {
            if (Contains(key) || values.Any(Contains))
            {
                return true;
            }
        }

        foreach (var (_, value) in request.RouteValues)
        {
            if (value is string text && Contains(text))
            {
                return true;
            }
        }

        if (request.HasFormContentType)
        {
            // Model binding has read the form already (within the limits the action set); this is the cached copy.
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException)
            {
                return null; // e.g. a NUL byte: the form reader refuses the whole body
            }

            foreach (var (key, values) in form)
            {
                if (Contains(key) || values.Any(Contains))
                {
                    return true;
                }
            }

            foreach (var file in form.Files)
            {
                if (Contains(file.FileName))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
