using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Users;
using ZezhouDisclosure.Infrastructure.Attachments;
using ZezhouDisclosure.Infrastructure.Email;
using ZezhouDisclosure.Infrastructure.Caching;
using ZezhouDisclosure.Infrastructure.DataProtection;
using ZezhouDisclosure.Infrastructure.Html;
using ZezhouDisclosure.Infrastructure.Spreadsheets;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.Infrastructure.Persistence.Interceptors;
using ZezhouDisclosure.Infrastructure.Persistence.Providers;
using ZezhouDisclosure.Infrastructure.Search;

namespace ZezhouDisclosure.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The only place the database provider is chosen (Database:Provider, validated here at start-up).</summary>
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        var settings = DatabaseSettings.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<PublicContentInterceptor>();
        services.AddPublicContentSources();

        // The read cache listens first: it must be empty before the output cache evicts pages, or a page re-rendered
        // in between could be stored with a stale total (a test checks the order).
        services.AddSingleton(builder.Configuration.GetSection(PublicReadCacheOptions.SectionName).Get<PublicReadCacheOptions>() ?? new PublicReadCacheOptions());
        services.AddSingleton<PublicReadCache>();
        services.AddSingleton<IPublicReadCache>(sp => sp.GetRequiredService<PublicReadCache>());
        services.AddSingleton<IPublicContentListener>(sp => sp.GetRequiredService<PublicReadCache>());
        services.AddDbContext<AppDbContext>((sp, options) =>
        {
            UseProvider(options, settings);
            options.AddInterceptors(
                sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<PublicContentInterceptor>());
        });
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddSingleton<IHtmlSanitizer, DocumentHtmlSanitizer>();
        services.AddSingleton<ISpreadsheet, MiniExcelSpreadsheet>();
        services.AddSingleton<INoticeDocuments, Documents.OpenXmlNoticeDocuments>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        services.AddScoped<StaffSessions>();
        var (attachmentRoot, maxAttachmentBytes) = AttachmentOptions.Resolve(builder.Configuration, builder.Environment.ContentRootPath, settings.DataDirectory);
        services.AddSingleton(new AttachmentSettings(maxAttachmentBytes));
        services.AddSingleton<IAttachmentStore>(new LocalAttachmentStore(attachmentRoot));
        services.AddSingleton<IAttachmentInspector, AttachmentInspector>();
        services.AddSingleton(builder.Configuration.GetSection(SmtpOptions.SectionName).Get<SmtpOptions>() ?? new SmtpOptions());
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSearchIndex(builder.Configuration, builder.Environment.ContentRootPath, settings.DataDirectory);

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // Password sign-in never locks an account (an outsider could lock anyone out): the sign-in page throttles
                // per (account, client) instead (Web: SignInThrottle). Identity's counter still counts wrong
                // authenticator codes, which only someone holding the password can send; lockout also disables accounts.
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.ProviderName;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticatorTokenProvider.ProviderName)
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();

        // Keys live in the database so every web node shares them and backups include them — encrypted there with a
        // certificate kept outside the database (KeyRingProtection, deploy/README.md "Keys").
        KeyRingProtection.Configure(
            services.AddDataProtection()
                .SetApplicationName("ZezhouDisclosure")
                .PersistKeysToDbContext<AppDbContext>(),
            builder.Configuration,
            builder.Environment,
            settings.DataDirectory);
        return builder;
    }

    public static void UseProvider(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        var assembly = DatabaseSettings.MigrationsAssembly(settings.Provider);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(assembly).CommandTimeout(settings.CommandTimeoutSeconds));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(settings.ConnectionString, o => o.MigrationsAssembly(assembly).CommandTimeout(settings.CommandTimeoutSeconds));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(assembly).CommandTimeout(settings.CommandTimeoutSeconds));
                break;
            default:
                throw new InvalidOperationException($"Unsupported database provider {settings.Provider}.");
        }
    }
}
