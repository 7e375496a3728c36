namespace ZezhouDisclosure.Domain.Participation;

/// <summary>Where a 征求意见 stands in its review by the unit and the county office (like a document).</summary>
public enum ConsultationStatus
{
    /// <summary>草稿.</summary>
    Draft = 0,

    /// <summary>待单位审核: the unit head signs it off first, when the unit requires it.</summary>
    AwaitingUnitApproval = 1,

    /// <summary>待审核 by 县政务公开办.</summary>
    Submitted = 2,

    /// <summary>已发布: public, open for comments from its opening day to its closing day (Beijing time).</summary>
    Published = 3,

    /// <summary>已退回 with a comment.</summary>
    Returned = 4,
}

/// <summary>Where the 反馈 / 采纳情况 of a consultation stands.</summary>
public enum FeedbackStatus
{
    /// <summary>未撰写.</summary>
    None = 0,

    /// <summary>草稿.</summary>
    Draft = 1,

    /// <summary>待审核 by 县政务公开办.</summary>
    Submitted = 2,

    /// <summary>已公布 on the consultation's page.</summary>
    Published = 3,

    /// <summary>已退回 with a comment.</summary>
    Returned = 4,
}

/// <summary>Moderation of a citizen's comment: shown publicly only once published.</summary>
public enum CommentStatus
{
    /// <summary>待审核.</summary>
    Pending = 0,

    /// <summary>已公开.</summary>
    Published = 1,

    /// <summary>不予公开, with a reason.</summary>
    Rejected = 2,
}
