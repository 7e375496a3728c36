using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Application.Oversight.Checks;
using ZezhouDisclosure.Infrastructure.Oversight;

namespace ZezhouDisclosure.Web.Features.Oversight;

/// <summary>
/// 监测与整改: the built-in inspector (nightly and on demand) over every registered compliance check, its findings, the
/// county heat table, 整改, the 月度自查报告 and the annual 考核; the “不涉及” marks of the blank-column rule.
/// </summary>
public sealed class OversightFeature : IFeature
{
    public void Register(FeatureBuilder feature)
    {
        feature
            .AdminMenu("监测概况", "Oversight", "Index", Permissions.Oversight.View, order: 102)
            .AdminMenu("整改", "Oversight", "Rectifications", Permissions.Oversight.View, order: 103)
            .AdminMenu("月度自查报告", "Oversight", "Report", Permissions.Oversight.View, order: 104)
            .AdminMenu("自查报告存档", "Oversight", "StoredReports", Permissions.Oversight.View, order: 105)
            .AdminMenu("不涉及栏目", "Oversight", "NotApplicable", Permissions.Oversight.Manage, order: 106)
            .AdminMenu("年度考核", "Assessments", "Index", Permissions.Oversight.ViewCountyWide, order: 107)
            .ComplianceCheck<HomeFreshnessCheck>()
            .ComplianceCheck<ColumnFreshnessCheck>()
            .ComplianceCheck<BlankColumnCheck>()
            .ComplianceCheck<BurstCheck>()
            .ComplianceCheck<DocumentMetadataCheck>()
            .ComplianceCheck<PolicyInterpretationCheck>()
            .ComplianceCheck<InterpretationLinkCheck>()
            .ComplianceCheck<ScannedAttachmentCheck>()
            .ComplianceCheck<PersonalDataCheck>()
            .ComplianceCheck<BrokenLinkCheck>()
            .ComplianceCheck<CatalogueOverdueCheck>()
            .ComplianceCheck<RequestDeadlineCheck>()
            .WorkbenchPanel<RectificationPanel>();

        var settings = feature.Configuration.GetSection(InspectorSettings.SectionName).Get<InspectorSettings>() ?? new InspectorSettings();
        if (settings.Problems().ToList() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException($"{InspectorSettings.SectionName}: {string.Join(" ", problems)}");
        }

        feature.Services.AddSingleton(settings);
        feature.Services.AddSingleton<LinkProbeCache>();
        feature.Services.AddScoped<ILinkProbe, HttpLinkProbe>();
        feature.Services.AddSingleton<IPortalRoutes, EndpointPortalRoutes>();
        feature.Services.AddSingleton<ISelfCheckReportDocuments, OpenXmlSelfCheckReports>();
        feature.Services.AddScoped<Inspector>();
        feature.Services.AddHostedService<NightlyInspectionService>();
        feature.Services.AddHostedService<MonthlySelfCheckReportService>();
        if (settings.RecheckAfterPublication)
        {
            feature.Services.AddSingleton<PublicationRecheckQueue>();
            feature.Services.AddSingleton<IPublicContentListener, PublicationRecheckListener>();
            feature.Services.AddHostedService<PublicationRecheckService>();
        }
    }
}
