using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.NewMedia;

namespace ZezhouDisclosure.Web.Features.NewMedia;

/// <summary>政务新媒体: each unit's accounts, closure, monthly checks, the public 矩阵 and the inspector's rules over them.</summary>
public sealed class NewMediaFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .AdminMenu("政务新媒体", "NewMedia", "Index", Permissions.NewMedia.View, order: 110)
        .WorkbenchPanel<NewMediaWorkbenchPanel>()
        .SelfCheckFigures<NewMediaSelfCheckFigures>()
        .ComplianceCheck<StaleNewMediaAccountCheck>()
        .ComplianceCheck<SecondAccountPerPlatformCheck>()
        .ComplianceCheck<NewMediaNameCheck>();
}
