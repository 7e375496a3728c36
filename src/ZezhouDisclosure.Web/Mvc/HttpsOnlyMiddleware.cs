using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.Extensions;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// Where HTTPS is required (Portal:RequireHttps, on outside Development and Testing) a request that arrives over plain
/// HTTP — not forwarded as https by a trusted proxy — is sent to the https address of the same page (GET, HEAD) or
/// refused with a Chinese explanation (400). Without this the sign-in page failed with a 500: its antiforgery and
/// __Host- cookies are Secure-only and cannot be issued over HTTP (issue 20 item 6). Health probes stay reachable
/// over HTTP from the host itself.
/// </summary>
public sealed class HttpsOnlyMiddleware(RequestDelegate next)
{
    public const string Message = "本网站只能通过安全连接（HTTPS）访问，请改用以 https:// 开头的网址。";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.IsHttps || request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }

        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Host.HasValue)
        {
            var host = new HostString(request.Host.Host);
            var target = UriHelper.BuildAbsolute("https", host, request.PathBase, request.Path, request.QueryString);
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = LocalRedirects.SafeTarget(target);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>请使用安全连接</title></head><body><p>"
            + HtmlEncoder.Default.Encode(Message) + "</p></body></html>");
    }
}
