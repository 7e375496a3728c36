using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ZezhouDisclosure.TestKit.Web;

/// <summary>
/// TestServer leaves <c>Connection.RemoteIpAddress</c> empty. Registered as the first startup filter, this sets it from
/// the test-only header <see cref="HeaderName"/> before any of the portal's middleware runs (the header is removed),
/// so a test can be the loopback nginx or an outside client whose TCP address is known.
/// </summary>
public sealed class ClientAddressStartupFilter : IStartupFilter
{
    public const string HeaderName = "X-Test-Connection-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.Remove(HeaderName, out var value) && IPAddress.TryParse(value.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
