namespace ZezhouDisclosure.Domain.Documents;

/// <summary>Where a document is in its review workflow.</summary>
public enum DocumentStatus
{
    /// <summary>草稿: the clerk is still writing it.</summary>
    Draft = 1,

    /// <summary>待审核（县政务公开办）: submitted to the county office (after the unit's own sign-off when its unit requires one).</summary>
    Submitted = 2,

    /// <summary>已退回: returned with a comment; the clerk edits and resubmits.</summary>
    Returned = 3,

    /// <summary>已发布: approved and 主动公开, visible to everyone.</summary>
    Published = 4,

    /// <summary>审核通过（不主动公开）: approved as 依申请公开 or 不予公开; never shown publicly.</summary>
    ApprovedNotPublic = 5,

    /// <summary>已撤回: was published; its page now shows the public withdrawal reason instead of the content.</summary>
    Withdrawn = 6,

    /// <summary>定时发布: approved, with its 索引号, and published automatically at <see cref="Document.ScheduledAt"/>.</summary>
    Scheduled = 7,

    /// <summary>
    /// 待单位审核: submitted by the clerk and waiting for the unit head's (单位负责人) sign-off, when the organisation
    /// requires it (<see cref="Organisations.Organisation.RequiresUnitSignOff"/>); then it goes to the county office.
    /// </summary>
    AwaitingUnitApproval = 8,
}
