namespace ZezhouDisclosure.Domain.NewMedia;

/// <summary>The platform of a 政务新媒体 account.</summary>
public enum NewMediaPlatform
{
    /// <summary>微信公众号.</summary>
    WeChat = 1,

    /// <summary>微博.</summary>
    Weibo = 2,

    /// <summary>抖音.</summary>
    Douyin = 3,

    /// <summary>头条号.</summary>
    Toutiao = 4,

    /// <summary>快手.</summary>
    Kuaishou = 5,

    /// <summary>微信视频号.</summary>
    WeChatChannels = 6,

    /// <summary>其他.</summary>
    Other = 99,
}

/// <summary>运行 / 关停 / 注销.</summary>
public enum NewMediaAccountStatus
{
    /// <summary>运行.</summary>
    Running = 1,

    /// <summary>关停: no longer updated, kept with a closure notice.</summary>
    Closed = 2,

    /// <summary>注销: removed from the platform.</summary>
    Cancelled = 3,
}

public static class NewMediaLabels
{
    public static string Of(NewMediaPlatform platform) => platform switch
    {
        NewMediaPlatform.WeChat => "微信公众号",
        NewMediaPlatform.Weibo => "微博",
        NewMediaPlatform.Douyin => "抖音",
        NewMediaPlatform.Toutiao => "头条号",
        NewMediaPlatform.Kuaishou => "快手",
        NewMediaPlatform.WeChatChannels => "微信视频号",
        _ => "其他",
    };

    public static string Of(NewMediaAccountStatus status) => status switch
    {
        NewMediaAccountStatus.Running => "运行",
        NewMediaAccountStatus.Closed => "关停",
        _ => "注销",
    };
}
