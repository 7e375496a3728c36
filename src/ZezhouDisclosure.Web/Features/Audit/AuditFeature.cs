using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Web.Features.Audit;

/// <summary>审计日志: who changed what and when.</summary>
public sealed class AuditFeature : IFeature
{
    public void Register(FeatureBuilder feature) =>
        feature.AdminMenu("审计日志", "Audit", "Index", Permissions.Audit.View, order: 120);
}
