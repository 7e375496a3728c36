namespace ZezhouDisclosure.Domain.Catalogues;

/// <summary>公开渠道和载体: the standard tick list of published catalogues (domain.md §1.2), as flags.</summary>
[Flags]
public enum DisclosureChannels
{
    None = 0,
    GovernmentWebsite = 1 << 0,
    GovernmentGazette = 1 << 1,
    WeiboWeChatApp = 1 << 2,
    PressConferenceHearing = 1 << 3,
    RadioTelevision = 1 << 4,
    PrintMedia = 1 << 5,
    ReadingRoom = 1 << 6,
    ServiceCentre = 1 << 7,
    ConvenienceStation = 1 << 8,
    OnSite = 1 << 9,
    NoticeBoard = 1 << 10,
    TargetedPush = 1 << 11,
    Other = 1 << 12,
}

/// <summary>公开对象.</summary>
public enum DisclosureAudience
{
    /// <summary>全社会.</summary>
    Public = 1,

    /// <summary>特定群体.</summary>
    SpecificGroup = 2,
}

/// <summary>公开方式.</summary>
public enum CatalogueDisclosureMode
{
    /// <summary>主动.</summary>
    Proactive = 1,

    /// <summary>依申请.</summary>
    OnRequest = 2,
}

/// <summary>公开层级; an item may concern both levels.</summary>
[Flags]
public enum DisclosureLevels
{
    None = 0,

    /// <summary>县级.</summary>
    County = 1,

    /// <summary>乡级.</summary>
    Township = 2,
}

/// <summary>Where a township catalogue stands.</summary>
public enum CatalogueStatus
{
    /// <summary>草稿.</summary>
    Draft = 0,

    /// <summary>已提交 (待审定).</summary>
    Submitted = 1,

    /// <summary>退回.</summary>
    Returned = 2,

    /// <summary>审定通过; the working copy equals the current published version.</summary>
    Approved = 3,
}

public static class CatalogueLabels
{
    /// <summary>The channel columns in the order of the standard table.</summary>
    public static IReadOnlyList<(DisclosureChannels Channel, string Label)> Channels { get; } =
    [
        (DisclosureChannels.GovernmentWebsite, "政府网站"),
        (DisclosureChannels.GovernmentGazette, "政府公报"),
        (DisclosureChannels.WeiboWeChatApp, "两微一端"),
        (DisclosureChannels.PressConferenceHearing, "发布会/听证会"),
        (DisclosureChannels.RadioTelevision, "广播电视"),
        (DisclosureChannels.PrintMedia, "纸质媒体"),
        (DisclosureChannels.ReadingRoom, "公开查阅点"),
        (DisclosureChannels.ServiceCentre, "政务服务中心"),
        (DisclosureChannels.ConvenienceStation, "便民服务站"),
        (DisclosureChannels.OnSite, "入户/现场"),
        (DisclosureChannels.NoticeBoard, "社区/企事业单位/村公示栏（电子屏）"),
        (DisclosureChannels.TargetedPush, "精准推送"),
        (DisclosureChannels.Other, "其他"),
    ];

    public static string Status(CatalogueStatus status) => status switch
    {
        CatalogueStatus.Draft => "草稿",
        CatalogueStatus.Submitted => "已提交",
        CatalogueStatus.Returned => "退回",
        CatalogueStatus.Approved => "审定通过",
        _ => status.ToString(),
    };

    public static string Audience(DisclosureAudience audience) =>
        audience == DisclosureAudience.Public ? "全社会" : "特定群体";

    public static string Mode(CatalogueDisclosureMode mode) =>
        mode == CatalogueDisclosureMode.Proactive ? "主动" : "依申请";

    public static string Levels(DisclosureLevels levels) => levels switch
    {
        DisclosureLevels.County => "县级",
        DisclosureLevels.Township => "乡级",
        DisclosureLevels.County | DisclosureLevels.Township => "县级、乡级",
        _ => "",
    };

    public static string ChannelList(DisclosureChannels channels) =>
        string.Join("、", Channels.Where(c => channels.HasFlag(c.Channel)).Select(c => c.Label));
}
