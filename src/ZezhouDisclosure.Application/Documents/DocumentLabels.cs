using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>Chinese names of the document enums, as shown to citizens and staff.</summary>
public static class DocumentLabels
{
    public static string Of(DocumentStatus status) => status switch
    {
        DocumentStatus.Draft => "草稿",
        DocumentStatus.Submitted => "待审核",
        DocumentStatus.Returned => "已退回",
        DocumentStatus.Published => "已发布",
        DocumentStatus.ApprovedNotPublic => "审核通过（不主动公开）",
        DocumentStatus.Withdrawn => "已撤回",
        DocumentStatus.Scheduled => "定时发布",
        _ => status.ToString(),
    };

    public static string Of(DisclosureAttribute? attribute) => attribute switch
    {
        DisclosureAttribute.Proactive => "主动公开",
        DisclosureAttribute.OnRequest => "依申请公开",
        DisclosureAttribute.NotPublic => "不予公开",
        _ => "未认定",
    };

    public static string Of(FivePublicCategory? category) => category switch
    {
        FivePublicCategory.Decision => "决策公开",
        FivePublicCategory.Execution => "执行公开",
        FivePublicCategory.Management => "管理公开",
        FivePublicCategory.Service => "服务公开",
        FivePublicCategory.Result => "结果公开",
        _ => "",
    };

    public static string Of(DocumentValidity validity) => validity switch
    {
        DocumentValidity.Valid => "有效",
        DocumentValidity.Expired => "失效",
        DocumentValidity.Repealed => "废止",
        _ => validity.ToString(),
    };
}
