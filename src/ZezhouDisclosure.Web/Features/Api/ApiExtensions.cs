using System.Threading.RateLimiting;
using Microsoft.OpenApi;

namespace ZezhouDisclosure.Web.Features.Api;

public static class ApiExtensions
{
    public const string RateLimitPolicy = "api";
    public const string CorsPolicy = "api";
    public const string DocumentName = "v1";

    /// <summary>The read API's settings, CORS policy, rate-limit policy and OpenAPI document.</summary>
    public static IServiceCollection AddPortalApi(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ApiSettings.SectionName);
        var settings = section.Get<ApiSettings>() ?? new ApiSettings();
        services.Configure<ApiSettings>(section);
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy =>
        {
            // No origins configured: the policy matches nothing and no CORS header is ever sent.
            policy.WithOrigins(settings.AllowedOrigins).WithMethods("GET", "HEAD").WithHeaders("If-None-Match")
                .WithExposedHeaders("ETag", "Retry-After");
        }));
        services.AddRateLimiter(options => options.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.RequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "泽州县政务公开门户 只读接口 (ZezhouDisclosure read API)",
                    Version = "v1",
                    Description = "已公开的政府信息、公开主体、栏目、基层政务公开标准目录及其版本、目录覆盖情况。Published documents, organisations, columns, township catalogues with their versions, and coverage figures. Nothing unpublished or personal.",
                };
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>Serves the OpenAPI document at /api/v1/openapi.json.</summary>
    public static WebApplication MapPortalApi(this WebApplication app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json").CacheOutput(policy => policy.Expire(TimeSpan.FromMinutes(10)));
        return app;
    }
}
