using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Web.Features.Accounts;

/// <summary>
/// Staff sign-in and sign-out (server-side sessions, the per-client sign-in wait, two-factor sign-in), and the
/// administration of staff accounts. The cookie itself is configured with the other host concerns
/// (DependencyInjection.AddWeb) and calls <see cref="StaffSessionCookie"/>.
/// </summary>
public sealed class AccountsFeature : IFeature
{
    public void Register(FeatureBuilder feature)
    {
        feature.AdminMenu("账号管理", "Users", "Index", Permissions.Accounts.Manage, order: 140);
        feature.Services.Configure<StaffSignInOptions>(feature.Configuration.GetSection(StaffSignInOptions.SectionName));
        feature.Services.AddSingleton<SignInThrottle>();
        feature.Services.AddScoped<DecoyPasswordCheck>();
        feature.Services.Configure<MvcOptions>(o => o.Filters.Add<AdministratorTwoFactorFilter>());
        feature.Services.AddHostedService<StaffSessionPurgeService>();
    }
}
