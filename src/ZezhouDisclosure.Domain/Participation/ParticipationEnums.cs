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

/// <summary>How the public takes part in a decision item of the 参与事项目录.</summary>
public enum ParticipationMethod
{
    /// <summary>征求意见.</summary>
    Consultation = 0,

    /// <summary>听证.</summary>
    Hearing = 1,

    /// <summary>座谈.</summary>
    Forum = 2,

    /// <summary>问卷.</summary>
    Survey = 3,

    /// <summary>列席.</summary>
    Attendance = 4,
}

/// <summary>Where a unit's 公众参与事项目录 stands in its review by the county office.</summary>
public enum ParticipationCatalogueStatus
{
    /// <summary>草稿.</summary>
    Draft = 0,

    /// <summary>待审核 by 县政务公开办.</summary>
    Submitted = 1,

    /// <summary>已发布.</summary>
    Published = 2,

    /// <summary>已退回 with a comment.</summary>
    Returned = 3,

    /// <summary>已调整: a published version replaced by a later published amendment; still public, marked as superseded.</summary>
    Superseded = 4,
}

/// <summary>The kind of a participation record.</summary>
public enum ParticipationRecordKind
{
    /// <summary>列席: citizens, stakeholders, experts or media attend a government meeting.</summary>
    Attendance = 0,

    /// <summary>在线访谈.</summary>
    OnlineInterview = 1,

    /// <summary>问政.</summary>
    Wenzheng = 2,

    /// <summary>政策大讲堂.</summary>
    PolicyLecture = 3,
}
