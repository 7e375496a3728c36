using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Web.Features.Calendar;

/// <summary>工作日日历: the holiday and make-up-workday notices every statutory deadline is counted with.</summary>
public sealed class CalendarFeature : IFeature
{
    public void Register(FeatureBuilder feature) =>
        feature.AdminMenu("工作日日历", "Calendar", "Index", Permissions.Calendar.View, order: 80);
}
