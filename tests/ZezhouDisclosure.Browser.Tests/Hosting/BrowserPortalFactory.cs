using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Browser.Tests.Hosting;

/// <summary>
/// The TestKit portal served by real Kestrel on 127.0.0.1 with a random port, so that a real browser can reach it.
/// The server starts in the constructor; <see cref="BaseAddress"/> is where it listens.
/// </summary>
public sealed class BrowserPortalFactory : ZezhouWebFactory
{
    public BrowserPortalFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = ResolveBaseAddress();
    }

    /// <summary>For example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>An absolute URL on this server for a path such as <c>/xxgk/zcwj</c>.</summary>
    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).ToString();

    private Uri ResolveBaseAddress()
    {
        // After StartServer the factory points ClientOptions at Kestrel; the server's own address list is the fallback.
        if (ClientOptions.BaseAddress is { Port: > 0 } fromOptions && fromOptions.Host == IPAddress.Loopback.ToString())
        {
            return fromOptions;
        }

        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel did not report a 127.0.0.1 address: " + string.Join(", ", addresses));
        return new Uri(address.TrimEnd('/') + "/");
    }
}
