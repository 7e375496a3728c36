using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Web.Features.ReferenceData;

/// <summary>基础数据: organisations (names, 索引号 codes, contacts) and columns.</summary>
public sealed class ReferenceDataFeature : IFeature
{
    public void Register(FeatureBuilder feature) =>
        feature.AdminMenu("基础数据", "ReferenceData", "Index", Permissions.ReferenceData.Manage, order: 150);
}
