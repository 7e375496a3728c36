using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Web.Features.Accounts;

/// <summary>Staff sign-in and sign-out, and the administration of staff accounts.</summary>
public sealed class AccountsFeature : IFeature
{
    public void Register(FeatureBuilder feature) =>
        feature.AdminMenu("账号管理", "Users", "Index", Permissions.Accounts.Manage, order: 140);
}
