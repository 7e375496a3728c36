using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using ZezhouDisclosure.Application;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Behaviours;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.Infrastructure.Persistence.Behaviours;
using ZezhouDisclosure.Infrastructure.Persistence.Providers;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Configuration;
using ZezhouDisclosure.Web.Features;
using ZezhouDisclosure.Web.Features.Accounts;
using ZezhouDisclosure.Web.Features.Api;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;
using ZezhouDisclosure.Web.Mvc.Navigation;

namespace ZezhouDisclosure.Web;

public static class DependencyInjection
{
    public const string LoginRateLimit = "login";

    /// <summary>The 依申请公开 application form (Portal:RequestFormPostsPerMinute, default 10).</summary>
    public const string RequestFormRateLimit = "request-form";

    /// <summary>
    /// The applicant's status query and reply downloads (Portal:RequestQueriesPerMinute, default 60): counted apart from
    /// the form, so a mistyped code or two never blocks applying, and higher, as the ~128-bit code cannot be guessed.
    /// </summary>
    public const string RequestQueryRateLimit = "request-query";

    /// <summary>HttpContext.Items key of the wait (whole seconds) the rate limiter asked for; the 429 page shows it.</summary>
    public const string RetryAfterItem = "zd-retry-after";

    /// <summary>Concurrency limit of expensive public pages (PortalOptions.HeavyPageConcurrency).</summary>
    public const string HeavyPageLimit = "heavy-pages";

    /// <summary>MVC, the mediator, sign-in, logging and the other host concerns.</summary>
    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var environment = builder.Environment;
        var portal = configuration.GetSection(PortalOptions.SectionName).Get<PortalOptions>() ?? new PortalOptions();
        var requireHttps = portal.RequireHttps ?? !(environment.IsDevelopment() || environment.IsEnvironment("Testing"));

        var dataDirectory = DatabaseSettings.Resolve(configuration, environment.ContentRootPath).DataDirectory;
        services.AddSerilog((sp, logger) => logger
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(sp)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                Path.Combine(dataDirectory, "logs", "portal-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 200, // ≥ 6 months (网络安全法 第二十一条)
                formatProvider: CultureInfo.InvariantCulture));

        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.SectionName));

        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(ApplicationAssembly)];
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(TransactionBehaviour<,>)];
        });

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddControllersWithViews(options =>
        {
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<ExceptionMappingFilter>();
            options.Filters.Add<ControlCharacterFilter>();
            options.Filters.Add<BlankRouteValueFilter>();
        });
        services.Configure<RazorViewEngineOptions>(options =>
        {
            options.ViewLocationFormats.Clear();
            options.AreaViewLocationFormats.Clear();
            foreach (var format in FeatureViewLocationExpander.Formats)
            {
                options.ViewLocationFormats.Add(format);
                options.AreaViewLocationFormats.Add(format);
            }

            options.ViewLocationExpanders.Add(new FeatureViewLocationExpander());
        });
        services.AddRouting(options => options.LowercaseUrls = true);

        // Razor must write Chinese as text, not &#x...; entities (toolchain.md).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var chinese = new CultureInfo("zh-CN");
            o.DefaultRequestCulture = new RequestCulture(chinese);
            o.SupportedCultures = [chinese];
            o.SupportedUICultures = [chinese];
            o.RequestCultureProviders.Clear();
        });

        var secure = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        var signIn = configuration.GetSection(StaffSignInOptions.SectionName).Get<StaffSignInOptions>() ?? new StaffSignInOptions();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = requireHttps ? "__Host-zd-auth" : "zd-auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.Path = "/";
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = signIn.IdleTimeout;
            options.SlidingExpiration = true;

            // Server-side sessions checked on every request (sign-out, password/role change, disabling end them at once).
            options.Events.OnSigningIn = StaffSessionCookie.SigningInAsync;
            options.Events.OnValidatePrincipal = StaffSessionCookie.ValidateAsync;
        });
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = requireHttps ? "__Host-zd-2fa" : "zd-2fa";
            options.Cookie.SecurePolicy = secure;
            options.Cookie.Path = "/";
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = requireHttps ? "__Host-zd-af" : "zd-af";
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__RequestVerificationToken";
        });

        services.AddPublicOutputCache(configuration);

        // Capabilities (Features/*): their services, menu entries, navigation links and permission conditions.
        services.AddFeatures(configuration, typeof(DependencyInjection).Assembly);
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<NavigationMenu>();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    return ApiProblems.TooManyRequestsAsync(context, default);
                }

                // An overloaded node, not a client asking too often: 503 with a short wait (the error page says so).
                var heavy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName == HeavyPageLimit;
                // A client asking too often: the wait until its window opens again, from the limiter itself.
                var seconds = heavy ? 10
                    : context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 60;
                context.HttpContext.Response.StatusCode = heavy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.HttpContext.Items[RetryAfterItem] = seconds;
                return ValueTask.CompletedTask;
            };
            options.AddConcurrencyLimiter(HeavyPageLimit, limiter =>
            {
                limiter.PermitLimit = portal.HeavyPageConcurrency ?? Environment.ProcessorCount * 2;
                limiter.QueueLimit = portal.HeavyPageQueue;
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            options.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = portal.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(RequestFormRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = portal.RequestFormPostsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(RequestQueryRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = portal.RequestQueriesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        services.Configure<ForwardedHeadersOptions>(options => TrustedProxies.Configure(options, portal));
        services.AddHsts(options =>
        {
            // One year and every subdomain (deploy/README.md); preload is left to the site's operators to ask for.
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        return builder;
    }
}
