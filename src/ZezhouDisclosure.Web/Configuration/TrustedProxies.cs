using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ZezhouDisclosure.Web.Configuration;

/// <summary>
/// Whose X-Forwarded-For / X-Forwarded-Proto the portal believes (issue 20 item 1). Only a request whose connection
/// comes from <see cref="PortalOptions.KnownProxies"/> or <see cref="PortalOptions.KnownNetworks"/> has its client
/// address and scheme replaced; with neither configured, only loopback (127.0.0.0/8, ::1) is trusted, which is where
/// the shipped nginx site (deploy/nginx) connects from. Any other client's forwarded headers are ignored, so they can
/// choose neither the rate-limit partition nor the address written to the audit log nor the scheme.
/// </summary>
public static class TrustedProxies
{
    public static void Configure(ForwardedHeadersOptions options, PortalOptions portal)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = 1;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        if (portal.KnownProxies.Length == 0 && portal.KnownNetworks.Length == 0)
        {
            options.KnownIPNetworks.Add(new System.Net.IPNetwork(IPAddress.Loopback, 8));
            options.KnownProxies.Add(IPAddress.IPv6Loopback);
            return;
        }

        foreach (var proxy in portal.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"Portal:KnownProxies: \"{proxy}\" is not an IP address."));
        }

        foreach (var network in portal.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Portal:KnownNetworks: \"{network}\" is not a network in CIDR form (e.g. 10.0.0.0/24)."));
        }
    }
}
