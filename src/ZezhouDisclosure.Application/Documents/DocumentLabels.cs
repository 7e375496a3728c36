using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>Chinese names of the document enums, as shown to citizens and staff.</summary>
public static class DocumentLabels
{
    public static string Of(DocumentStatus status) => status switch
    {
        DocumentStatus.Draft => "草稿",
        DocumentStatus.AwaitingUnitApproval => "待单位审核",
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

    public static string Of(InterpretationForm? form) => form switch
    {
        InterpretationForm.Text => "文字",
        InterpretationForm.Graphic => "图片图解",
        InterpretationForm.Chart => "图表",
        InterpretationForm.Animation => "动漫",
        InterpretationForm.Audio => "音频",
        InterpretationForm.Video => "视频",
        InterpretationForm.QuestionsAndAnswers => "问答",
        InterpretationForm.PressConference => "新闻发布会",
        InterpretationForm.OnlineInterview => "在线访谈",
        InterpretationForm.MediaInterview => "媒体采访",
        _ => "",
    };

    public static IReadOnlyList<(InterpretationChannels Channel, string Label)> Channels { get; } =
    [
        (InterpretationChannels.WeChat, "政务微信"), (InterpretationChannels.Weibo, "微博"), (InterpretationChannels.PressConference, "新闻发布会"),
        (InterpretationChannels.Broadcast, "广播电视"), (InterpretationChannels.Press, "报刊"), (InterpretationChannels.NewsWebsite, "新闻网站"),
        (InterpretationChannels.NewMedia, "新兴媒体"),
    ];

    public static string Of(DocumentValidity validity) => validity switch
    {
        DocumentValidity.Valid => "有效",
        DocumentValidity.Expired => "失效",
        DocumentValidity.Repealed => "废止",
        _ => validity.ToString(),
    };
}
