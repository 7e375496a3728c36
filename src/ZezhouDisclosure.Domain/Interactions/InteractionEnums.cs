namespace ZezhouDisclosure.Domain.Interactions;

/// <summary>Which public entry a message came through.</summary>
public enum MessageKind
{
    /// <summary>留言/咨询 (互动交流).</summary>
    Enquiry = 0,

    /// <summary>我为政府网站找错.</summary>
    ErrorReport = 1,
}

/// <summary>留言类别.</summary>
public enum MessageCategory
{
    /// <summary>咨询.</summary>
    Consultation = 0,

    /// <summary>建议.</summary>
    Suggestion = 1,

    /// <summary>投诉.</summary>
    Complaint = 2,

    /// <summary>求助.</summary>
    Help = 3,

    /// <summary>网站纠错 (the 找错 entry's only category).</summary>
    SiteError = 4,
}

/// <summary>Where a message is in its handling.</summary>
public enum MessageStatus
{
    /// <summary>待分办: waits for the county office's triage.</summary>
    Received = 0,

    /// <summary>办理中: accepted and with a unit.</summary>
    Assigned = 1,

    /// <summary>已答复.</summary>
    Answered = 2,

    /// <summary>不予受理 (spam, abuse), with a reason.</summary>
    Rejected = 3,

    /// <summary>已合并 into another message about the same thing.</summary>
    Merged = 4,
}
