using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// The request size limit of an attachment upload: the configured largest file plus room for the form fields
/// (security.md: <c>[RequestSizeLimit]</c> sized to the documented limit). Set before the form is read; a larger body
/// is cut off by the server, and the use case refuses any file over the limit with a clear message.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AttachmentUploadLimitAttribute : Attribute, IResourceFilter, IOrderedFilter
{
    /// <summary>Room for the multipart boundaries and the other fields.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    public int Order => -1000;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var maxFile = context.HttpContext.RequestServices.GetRequiredService<AttachmentSettings>().MaxFileBytes;
        var limit = maxFile + FormOverheadBytes;
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = limit;
        }

        if (context.HttpContext.Features.Get<IFormFeature>()?.Form is null)
        {
            context.HttpContext.Features.Set<IFormFeature>(new FormFeature(
                context.HttpContext.Request,
                new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 16 }));
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
