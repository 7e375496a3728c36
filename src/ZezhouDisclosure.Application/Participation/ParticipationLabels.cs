using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>Chinese names of the 公众参与 states, as the pages show them.</summary>
public static class ParticipationLabels
{
    public static string Of(ConsultationStatus status) => status switch
    {
        ConsultationStatus.Draft => "草稿",
        ConsultationStatus.AwaitingUnitApproval => "待单位审核",
        ConsultationStatus.Submitted => "待审核",
        ConsultationStatus.Published => "已发布",
        ConsultationStatus.Returned => "已退回",
        _ => status.ToString(),
    };

    public static string Of(FeedbackStatus status) => status switch
    {
        FeedbackStatus.None => "未撰写",
        FeedbackStatus.Draft => "草稿",
        FeedbackStatus.Submitted => "待审核",
        FeedbackStatus.Published => "已公布",
        FeedbackStatus.Returned => "已退回",
        _ => status.ToString(),
    };

    public static string Of(CommentStatus status) => status switch
    {
        CommentStatus.Pending => "待审核",
        CommentStatus.Published => "已公开",
        CommentStatus.Rejected => "不予公开",
        _ => status.ToString(),
    };

    public static string Of(ParticipationMethod method) => method switch
    {
        ParticipationMethod.Consultation => "征求意见",
        ParticipationMethod.Hearing => "听证",
        ParticipationMethod.Forum => "座谈",
        ParticipationMethod.Survey => "问卷",
        ParticipationMethod.Attendance => "列席",
        _ => method.ToString(),
    };

    public static string Of(ParticipationCatalogueStatus status) => status switch
    {
        ParticipationCatalogueStatus.Draft => "草稿",
        ParticipationCatalogueStatus.Submitted => "待审核",
        ParticipationCatalogueStatus.Published => "已发布",
        ParticipationCatalogueStatus.Returned => "已退回",
        ParticipationCatalogueStatus.Superseded => "已调整（旧版）",
        _ => status.ToString(),
    };

    public static string Of(ParticipationRecordKind kind) => kind switch
    {
        ParticipationRecordKind.Attendance => "列席",
        ParticipationRecordKind.OnlineInterview => "在线访谈",
        ParticipationRecordKind.Wenzheng => "问政",
        ParticipationRecordKind.PolicyLecture => "政策大讲堂",
        _ => kind.ToString(),
    };

    /// <summary>征求中 / 未开始 / 已截止 of a published consultation on a Beijing day.</summary>
    public static string Phase(DateOnly opensOn, DateOnly closesOn, DateOnly today) =>
        today < opensOn ? "未开始" : today > closesOn ? "已截止" : "征求中";
}
