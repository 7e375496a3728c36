using ZezhouDisclosure.Application.AnnualReports;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Infrastructure.Documents;

namespace ZezhouDisclosure.Web.Features.AnnualReports;

/// <summary>
/// 政府信息公开工作年度报告: drafting, unit and county review, publishing in the unit's fixed 年报 column (HTML, .docx),
/// 更正 editions, the 行政复议/行政诉讼 register behind table 四, the 工作台 block and the inspector's check.
/// </summary>
public sealed class AnnualReportsFeature : IFeature
{
    public void Register(FeatureBuilder feature)
    {
        feature
            .AdminMenu("年度报告", "AnnualReports", "Index", Permissions.AnnualReports.View, order: 100)
            .WorkbenchPanel<AnnualReportWorkbenchPanel>()
            .ComplianceCheck<AnnualReportComplianceCheck>();
        feature.Services.AddSingleton<IAnnualReportDocuments, OpenXmlAnnualReportDocuments>();
    }
}
