using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ZezhouDisclosure.Infrastructure.DataProtection;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Sweep;

/// <summary>
/// The portal as it runs in production (Production environment: HTTPS required, the global error page, a
/// key-encryption certificate from configuration), for the bad-input sweep. Clients talk to https://portal.test.
/// </summary>
public sealed class SweepFactory : ZezhouWebFactory
{
    private const string CertificatePassword = "sweep-only";
    private readonly string _certificate = Path.Combine(Path.GetTempPath(), "zd-tests", "sweep-" + Guid.NewGuid().ToString("N") + ".pfx");

    protected override IDictionary<string, string?> ExtraSettings
    {
        get
        {
            if (!File.Exists(_certificate))
            {
                KeyRingProtection.CreateDevelopmentCertificate(_certificate, CertificatePassword);
            }

            return new Dictionary<string, string?>
            {
                ["environment"] = "Production",
                ["DataProtection:CertificatePath"] = _certificate,
                ["DataProtection:CertificatePassword"] = CertificatePassword,
            };
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    public HttpClient HttpsClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://portal.test"),
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(_certificate);
    }
}
