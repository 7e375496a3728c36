using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Web.Features.Dashboard;

/// <summary>工作台: the back-office home with each user's counts.</summary>
public sealed class DashboardFeature : IFeature
{
    public void Register(FeatureBuilder feature) =>
        feature.AdminMenu("工作台", "Home", "Index", Permissions.Workspace, order: 0);
}
