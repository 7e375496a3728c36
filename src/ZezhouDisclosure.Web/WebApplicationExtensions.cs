using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Serilog;
using ZezhouDisclosure.Infrastructure.DataProtection;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.Infrastructure.Persistence.Providers;
using ZezhouDisclosure.Web.Configuration;
using ZezhouDisclosure.Web.Features.Api;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web;

public static class WebApplicationExtensions
{
    /// <summary>Migrates (where configured) and seeds before the first request is served.</summary>
    public static async Task InitialisePortalAsync(this WebApplication app)
    {
        // No start without the key-encryption certificate outside Development/Testing (clear message, deploy/README.md).
        var keys = app.Services.GetRequiredService<KeyRingProtection>();
        keys.ThrowIfUnavailable();
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        await app.Services.InitialiseDatabaseAsync(settings.MigrateOnStartup, app.IsDemoDataEnabled());

        // Keys an older release stored in plaintext are encrypted with the certificate now (deploy/README.md "Keys").
        await using var scope = app.Services.CreateAsyncScope();
        var encrypted = await keys.EncryptStoredKeysAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
        if (encrypted > 0)
        {
            app.Logger.LogWarning("Encrypted {Count} Data Protection keys that were stored in plaintext", encrypted);
        }
    }

    public static bool IsDemoDataEnabled(this WebApplication app) =>
        app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.DemoData ?? app.Environment.IsDevelopment();

    /// <summary>The middleware pipeline, in order.</summary>
    public static WebApplication UsePortal(this WebApplication app)
    {
        var portal = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value;
        var requireHttps = portal.RequireHttps ?? !(app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Testing"));

        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        if (requireHttps)
        {
            app.UseHsts();
            app.UseMiddleware<HttpsOnlyMiddleware>();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevels.For);
        app.UseRequestLocalization();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public,max-age=86400",
        });
        app.UseRouting();
        app.UseCors();
        // The rate limiter stays in front of the cache: the API's per-client limit counts cached answers too.
        app.UseRateLimiter();
        // Before authentication and authorisation (issue 19): a hit for a request without the sign-in cookie is
        // answered here. PublicPagePolicy decides "anonymous" from the request (no cookie, no Authorization header);
        // pages without the policy (the back office, sign-in, forms) are never cached, so nothing skips authorisation.
        app.UseOutputCache();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapControllerRoute("admin", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
        app.MapControllers();
        app.MapPortalApi();
        return app;
    }
}
