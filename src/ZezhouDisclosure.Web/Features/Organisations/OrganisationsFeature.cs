using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Web.Features.Organisations;

/// <summary>单位管理: add, rename (name history), merge and retire units (管理员 / 县政务公开办).</summary>
public sealed class OrganisationsFeature : IFeature
{
    public void Register(FeatureBuilder feature) =>
        feature.AdminMenu("单位管理", "OrganisationsAdmin", "Index", Permissions.Organisations.Manage, order: 144);
}
