namespace ZezhouDisclosure.Domain.Sentiment;

/// <summary>舆情 level, decided by the county office.</summary>
public enum SentimentLevel
{
    /// <summary>重大舆情: first public response within 24 hours.</summary>
    Major = 0,

    /// <summary>一般舆情: within 48 hours.</summary>
    General = 1,
}

public enum SentimentStatus
{
    Open = 0,
    Closed = 1,
}

/// <summary>A line of a case's timeline.</summary>
public enum SentimentEntryKind
{
    /// <summary>研判.</summary>
    Assessment = 0,

    /// <summary>预警.</summary>
    Warning = 1,

    /// <summary>回应 (the public response, linked).</summary>
    Response = 2,

    /// <summary>跟进发布.</summary>
    FollowUp = 3,

    /// <summary>核实要求: the county office asks the unit to verify; starts the 24-hour 核实反馈 clock.</summary>
    VerificationRequest = 4,

    /// <summary>核实反馈: the unit's answer to the verification request; stops that clock.</summary>
    VerificationFeedback = 5,
}

/// <summary>Where a public response was made.</summary>
public enum SentimentResponseKind
{
    /// <summary>门户网站发布的文件 (a published document of the portal).</summary>
    Document = 0,

    /// <summary>新闻发布会 (its record).</summary>
    PressConference = 1,

    /// <summary>其他渠道 (a link: 政务新媒体, a news site …).</summary>
    OtherChannel = 2,
}
