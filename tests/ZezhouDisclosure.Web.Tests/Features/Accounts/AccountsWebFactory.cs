using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Accounts;

/// <summary>
/// The portal with what the account tests need to see: a password hasher that counts its checks, and clients that
/// come from chosen addresses (a test-only header sets the connection's remote address, as a real socket would).
/// </summary>
public class AccountsWebFactory : ZezhouWebFactory
{
    public const string ClientHeader = "X-Test-Client-Address";

    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<AppUser>>(Hasher));
            services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>();
        });
    }

    /// <summary>A cookie-keeping client whose requests come from <paramref name="address"/>.</summary>
    public HttpClient ClientFrom(string address)
    {
        var client = CreateBrowserClient();
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    public Task<string> UserIdAsync(string userName) =>
        QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>Posts the login form; returns the response (302 on success).</summary>
    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password = Password) =>
        HtmlForms.SubmitAsync(client, "/account/login", "/account/login", new() { ["UserName"] = userName, ["Password"] = password });

    /// <summary>The staff cookie a sign-in set, as a <c>Cookie</c> header value someone could copy.</summary>
    public static string AuthCookie(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("zd-auth=", StringComparison.Ordinal));

    /// <summary>A client that keeps no cookies of its own and sends <paramref name="cookie"/> with every request.</summary>
    public HttpClient ReplayClient(string cookie)
    {
        var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("http://localhost"),
        });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private sealed class ClientAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var value) && IPAddress.TryParse(value, out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Identity's hasher, counting how often a password is checked.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>
/// Authenticator-app codes computed independently of the portal (RFC 6238: HMAC-SHA1 over the 30-second step count,
/// RFC 4226 truncation to 6 digits), from the key the enrolment page shows.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var key = FromBase32(base32Key);
        var counter = BitConverter.GetBytes(at.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0F;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The <c>secret</c> of an otpauth:// URI.</summary>
    public static string SecretOf(string otpauthUri)
    {
        var query = otpauthUri[(otpauthUri.IndexOf('?', StringComparison.Ordinal) + 1)..];
        return query.Split('&').Select(p => p.Split('=')).Single(p => p[0] == "secret")[1];
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = new StringBuilder();
        foreach (var c in text.ToUpperInvariant().TrimEnd('='))
        {
            bits.Append(Convert.ToString(alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0'));
        }

        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.ToString(i * 8, 8), 2)).ToArray();
    }
}
