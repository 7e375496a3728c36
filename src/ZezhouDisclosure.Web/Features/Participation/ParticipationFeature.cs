using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Participation;

namespace ZezhouDisclosure.Web.Features.Participation;

/// <summary>
/// 公众参与: 征求意见 on draft decisions with moderated comments and the published 反馈 / 采纳情况, the decision link,
/// each unit's yearly 参与事项目录 with its rules of participation, 列席 and 访谈 records, the 征求意见 feeds and read API
/// (their controllers sit in this folder), the unit's workbench block, the inspector's rules and the monthly self-check figures.
/// </summary>
public sealed class ParticipationFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .PublicNav("公众参与", ParticipationUrls.Index, order: 60)
        .AdminMenu("公众参与", "Consultations", "Index", Permissions.Participation.View, order: 28)
        .AdminMenu("参与事项目录", "ParticipationCatalogues", "Index", Permissions.Participation.View, order: 29)
        .AdminMenu("列席和访谈", "ParticipationRecords", "Index", Permissions.Participation.View, order: 30)
        .MergeHandOver<ConsultationMergeHandOver>()
        .WorkbenchPanel<ConsultationWorkbenchPanel>()
        .ComplianceCheck<FeedbackPublishedCheck>()
        .ComplianceCheck<ConsultationPeriodCheck>()
        .SelfCheckFigures<ParticipationSelfCheckFigures>();
}
