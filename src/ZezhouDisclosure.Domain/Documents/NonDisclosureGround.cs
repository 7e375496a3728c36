namespace ZezhouDisclosure.Domain.Documents;

/// <summary>
/// The fixed list of legal grounds for not publishing a document proactively, tied to the articles of the
/// 中华人民共和国政府信息公开条例 (2019). Display texts live in <see cref="NonDisclosureGrounds"/>.
/// </summary>
public enum NonDisclosureGround
{
    /// <summary>第十四条: 依法确定为国家秘密.</summary>
    StateSecret = 1,

    /// <summary>第十四条: 法律、行政法规禁止公开.</summary>
    ProhibitedByLaw = 2,

    /// <summary>第十四条: 公开后可能危及国家安全、公共安全、经济安全、社会稳定.</summary>
    EndangersSecurityOrStability = 3,

    /// <summary>第十五条: 涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害.</summary>
    ThirdPartyRights = 4,

    /// <summary>第十六条第一款: 内部事务信息（人事管理、后勤管理、内部工作流程等）.</summary>
    InternalAffairs = 5,

    /// <summary>第十六条第二款: 过程性信息（讨论记录、过程稿、磋商信函、请示报告等）.</summary>
    ProcessInformation = 6,

    /// <summary>第十六条第二款: 行政执法案卷信息.</summary>
    EnforcementCaseFile = 7,

    /// <summary>条例第十九条 a contrario: not of public interest, only concerns specific parties; for 依申请公开 only.</summary>
    SpecificPartiesOnly = 8,
}
