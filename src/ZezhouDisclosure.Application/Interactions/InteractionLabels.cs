using ZezhouDisclosure.Domain.Interactions;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>The Chinese names of the 互动交流 and 舆情 values, as every screen shows them.</summary>
public static class InteractionLabels
{
    public static string Of(MessageCategory category) => category switch
    {
        MessageCategory.Consultation => "咨询",
        MessageCategory.Suggestion => "建议",
        MessageCategory.Complaint => "投诉",
        MessageCategory.Help => "求助",
        MessageCategory.SiteError => "网站纠错",
        _ => category.ToString(),
    };

    public static string Of(MessageStatus status) => status switch
    {
        MessageStatus.Received => "待分办",
        MessageStatus.Assigned => "办理中",
        MessageStatus.Answered => "已答复",
        MessageStatus.Rejected => "不予受理",
        MessageStatus.Merged => "已合并",
        _ => status.ToString(),
    };

    public static string Of(MessageKind kind) => kind == MessageKind.ErrorReport ? "我为政府网站找错" : "留言咨询";

    public static string Of(SentimentLevel level) => level == SentimentLevel.Major ? "重大" : "一般";

    public static string Of(SentimentEntryKind kind) => kind switch
    {
        SentimentEntryKind.Assessment => "研判",
        SentimentEntryKind.Warning => "预警",
        SentimentEntryKind.Response => "回应",
        SentimentEntryKind.FollowUp => "跟进发布",
        SentimentEntryKind.VerificationRequest => "核实要求",
        SentimentEntryKind.VerificationFeedback => "核实反馈",
        _ => kind.ToString(),
    };

    public static string Of(SentimentResponseKind kind) => kind switch
    {
        SentimentResponseKind.Document => "门户网站发布的文件",
        SentimentResponseKind.PressConference => "新闻发布会",
        SentimentResponseKind.OtherChannel => "其他渠道链接",
        _ => kind.ToString(),
    };

    /// <summary>The categories a citizen chooses from on the 留言 form.</summary>
    public static IReadOnlyList<MessageCategory> EnquiryCategories { get; } =
        [MessageCategory.Consultation, MessageCategory.Suggestion, MessageCategory.Complaint, MessageCategory.Help];
}
