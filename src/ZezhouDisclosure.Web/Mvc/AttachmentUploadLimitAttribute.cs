using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// The request size limit of an attachment upload, sized to the configured largest file (security.md:
/// <c>[RequestSizeLimit]</c> sized to the documented limit). Like ASP.NET Core's own request limit filters it is an
/// authorisation filter ordered before antiforgery, which is the first to read the form. A file somewhat over the
/// limit still arrives and is refused by the use case with the upload form and a clear message; a body beyond half as
/// much again is not read further and answered 400 with the limit stated.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AttachmentUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the multipart boundaries and the other fields.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>Before the antiforgery filter (1000), like RequestSizeLimitFilter (900).</summary>
    public int Order => 900;

    /// <summary>The largest request body accepted for a given largest file.</summary>
    public static long RequestLimit(long maxFileBytes) => maxFileBytes + (maxFileBytes / 2) + FormOverheadBytes;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var maxFile = http.RequestServices.GetRequiredService<AttachmentSettings>().MaxFileBytes;
        var limit = RequestLimit(maxFile);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = limit;
        }

        if (http.Features.Get<IFormFeature>()?.Form is not null || !http.Request.HasFormContentType)
        {
            return;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 16 }));
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            var metadata = http.RequestServices.GetRequiredService<IModelMetadataProvider>();
            context.Result = new ViewResult
            {
                ViewName = "~/Views/Shared/Problem.cshtml",
                StatusCode = StatusCodes.Status400BadRequest,
                ViewData = new ViewDataDictionary(metadata, new ModelStateDictionary())
                {
                    Model = new ProblemViewModel(StatusCodes.Status400BadRequest, "附件过大", [
                        $"附件超过了{AttachmentKinds.DescribeSize(maxFile)}的上限，未上传。请压缩或拆分后再上传。"]),
                },
            };
        }
    }
}
