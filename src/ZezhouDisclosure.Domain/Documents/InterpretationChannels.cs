namespace ZezhouDisclosure.Domain.Documents;

/// <summary>Other channels an interpretation was also published on (四（三）4: ≥ 50 % from 2020).</summary>
[Flags]
public enum InterpretationChannels
{
    None = 0,

    /// <summary>政务微信.</summary>
    WeChat = 1,

    /// <summary>微博.</summary>
    Weibo = 2,

    /// <summary>新闻发布会.</summary>
    PressConference = 4,

    /// <summary>广播电视.</summary>
    Broadcast = 8,

    /// <summary>报刊.</summary>
    Press = 16,

    /// <summary>新闻网站.</summary>
    NewsWebsite = 32,

    /// <summary>新兴媒体.</summary>
    NewMedia = 64,
}
