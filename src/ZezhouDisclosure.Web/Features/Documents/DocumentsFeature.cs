using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;

namespace ZezhouDisclosure.Web.Features.Documents;

/// <summary>Publishing in the back-office: drafts, review, attachments, revisions, the recycle bin, scheduled publishing.</summary>
public sealed class DocumentsFeature : IFeature
{
    public void Register(FeatureBuilder feature)
    {
        feature
            .AdminMenu("信息管理", "Documents", "Index", Permissions.Documents.View, order: 10)
            .AdminMenu("新建信息", "Documents", "Create", Permissions.Documents.Draft, order: 30)
            .AdminMenu("单位审核", "UnitReview", "Index", Permissions.Documents.ApproveInUnit, order: 35)
            .AdminMenu("待审核", "Review", "Index", Permissions.Documents.Review, order: 40)
            .AdminMenu("回收站", "Documents", "Deleted", Permissions.Documents.RecycleBin, order: 130)
            .MergeHandOver<DocumentMergeHandOver>();
        feature.Services.AddHostedService<ScheduledPublishingService>();
    }
}
