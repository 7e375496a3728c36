namespace ZezhouDisclosure.Domain.Requests;

/// <summary>
/// 申请人类型: the seven columns of annual report table 三 without 总计: 自然人 and the five kinds of 法人或其他组织.
/// </summary>
public enum ApplicantType
{
    /// <summary>自然人.</summary>
    NaturalPerson = 1,

    /// <summary>法人或其他组织 — 商业企业.</summary>
    CommercialEnterprise = 2,

    /// <summary>法人或其他组织 — 科研机构.</summary>
    ResearchInstitution = 3,

    /// <summary>法人或其他组织 — 社会公益组织.</summary>
    PublicInterestOrganisation = 4,

    /// <summary>法人或其他组织 — 法律服务机构.</summary>
    LegalServiceInstitution = 5,

    /// <summary>法人或其他组织 — 其他.</summary>
    OtherOrganisation = 6,
}

/// <summary>身份证明 type (条例第二十九条第二款第一项).</summary>
public enum IdDocumentType
{
    /// <summary>居民身份证, checked by GB 11643.</summary>
    ResidentIdCard = 1,

    /// <summary>统一社会信用代码, checked by GB 32100.</summary>
    UnifiedSocialCreditCode = 2,

    /// <summary>护照.</summary>
    Passport = 3,

    /// <summary>港澳居民来往内地通行证.</summary>
    HongKongMacaoPermit = 4,

    /// <summary>台湾居民来往大陆通行证.</summary>
    TaiwanPermit = 5,

    /// <summary>其他有效证件.</summary>
    Other = 9,
}

/// <summary>信息的载体形式 the applicant asks for (第二十九条第二款第三项).</summary>
public enum InformationForm
{
    /// <summary>纸质.</summary>
    Paper = 1,

    /// <summary>电子.</summary>
    Electronic = 2,
}

/// <summary>获取信息的方式 (第二十九条第二款第三项).</summary>
public enum ReceivingMethod
{
    /// <summary>邮寄 (by 邮政企业 only, 国办公开办函〔2016〕235号).</summary>
    Post = 1,

    /// <summary>电子邮件.</summary>
    Email = 2,

    /// <summary>自行领取.</summary>
    Collect = 3,

    /// <summary>网上获取.</summary>
    Online = 4,
}

/// <summary>The channel an application came in by; it decides the 收到申请之日 (第三十一条).</summary>
public enum RequestChannel
{
    /// <summary>在线 (互联网渠道): the day both sides confirm.</summary>
    Online = 1,

    /// <summary>当面提交: the day it is handed in.</summary>
    InPerson = 2,

    /// <summary>邮寄: the day the office signs for it (平信: the day it is confirmed with the applicant).</summary>
    Post = 3,

    /// <summary>传真: the day both sides confirm.</summary>
    Fax = 4,
}

/// <summary>The kind of consultation whose time is not counted in the time limit (第三十二、三十三、三十四条).</summary>
public enum ConsultationKind
{
    /// <summary>征求第三方意见 (第三十二条): 15 working days for the third party.</summary>
    ThirdParty = 1,

    /// <summary>征求其他机关意见 (第三十四条): 15 working days; silence counts as consent.</summary>
    OtherAgency = 2,
}

/// <summary>
/// Where an application stands. Closed states are <see cref="Answered"/>, <see cref="Abandoned"/> and
/// <see cref="Transferred"/>.
/// </summary>
public enum RequestStatus
{
    /// <summary>已登记: received, not yet accepted.</summary>
    Registered = 1,

    /// <summary>办理中: accepted (受理) and being handled.</summary>
    Processing = 2,

    /// <summary>补正中: the applicant was told once what to supplement (第三十条).</summary>
    AwaitingSupplement = 3,

    /// <summary>征求意见中: a third party or another agency is consulted; the clock is paused.</summary>
    InConsultation = 4,

    /// <summary>待报批: a decision is proposed and waits for the head of the disclosure office.</summary>
    PendingApproval = 5,

    /// <summary>已批准待送达: approved, the answer letter is to be delivered.</summary>
    Approved = 6,

    /// <summary>已答复: delivered.</summary>
    Answered = 7,

    /// <summary>视为放弃: no supplement within the period given (第三十条).</summary>
    Abandoned = 8,

    /// <summary>已转办: passed to the organisation responsible.</summary>
    Transferred = 9,
}

/// <summary>Who a case waits for (<see cref="DisclosureRequest.Awaited"/>).</summary>
public enum RequestParty
{
    /// <summary>The organisation applied to: its clerk (信息员) handles the case.</summary>
    HandlingOrganisation = 1,

    /// <summary>政府信息公开工作机构负责人: the county office's reviewer decides extensions and proposals.</summary>
    HeadOfOffice = 2,

    /// <summary>The applicant (补正).</summary>
    Applicant = 3,

    /// <summary>The third party or other agency consulted.</summary>
    ConsultedParty = 4,
}

/// <summary>The step a case waits for and who takes it.</summary>
public sealed record AwaitedStep(RequestParty Party, string Step);
