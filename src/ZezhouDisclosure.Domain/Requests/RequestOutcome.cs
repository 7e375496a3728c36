namespace ZezhouDisclosure.Domain.Requests;

/// <summary>
/// 办理结果, exactly the rows of part 三 of annual report table 三 (国办公开办函〔2021〕30号). The numeric value is
/// stored; never renumber.
/// </summary>
public enum RequestOutcome
{
    /// <summary>（一）予以公开.</summary>
    Disclosed = 100,

    /// <summary>（二）部分公开 (区分处理的只计这一情形).</summary>
    PartlyDisclosed = 200,

    /// <summary>（三）不予公开 1. 属于国家秘密.</summary>
    WithheldStateSecret = 301,

    /// <summary>（三）2. 其他法律行政法规禁止公开.</summary>
    WithheldProhibitedByLaw = 302,

    /// <summary>（三）3. 危及“三安全一稳定”.</summary>
    WithheldSecurityOrStability = 303,

    /// <summary>（三）4. 保护第三方合法权益.</summary>
    WithheldThirdPartyRights = 304,

    /// <summary>（三）5. 属于三类内部事务信息.</summary>
    WithheldInternalAffairs = 305,

    /// <summary>（三）6. 属于四类过程性信息.</summary>
    WithheldProcessInformation = 306,

    /// <summary>（三）7. 属于行政执法案卷.</summary>
    WithheldEnforcementFile = 307,

    /// <summary>（三）8. 属于行政查询事项.</summary>
    WithheldAdministrativeQuery = 308,

    /// <summary>（四）无法提供 1. 本机关不掌握相关政府信息.</summary>
    UnavailableNotHeld = 401,

    /// <summary>（四）2. 没有现成信息需要另行制作.</summary>
    UnavailableWouldNeedCreating = 402,

    /// <summary>（四）3. 补正后申请内容仍不明确.</summary>
    UnavailableStillUnclear = 403,

    /// <summary>（五）不予处理 1. 信访举报投诉类申请.</summary>
    NotHandledPetition = 501,

    /// <summary>（五）2. 重复申请.</summary>
    NotHandledRepeated = 502,

    /// <summary>（五）3. 要求提供公开出版物.</summary>
    NotHandledPublication = 503,

    /// <summary>（五）4. 无正当理由大量反复申请.</summary>
    NotHandledExcessive = 504,

    /// <summary>（五）5. 要求行政机关确认或重新出具已获取信息.</summary>
    NotHandledConfirmation = 505,

    /// <summary>（六）其他处理 1. 申请人无正当理由逾期不补正、行政机关不再处理.</summary>
    OtherNoSupplement = 601,

    /// <summary>（六）2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理.</summary>
    OtherFeeNotPaid = 602,

    /// <summary>（六）3. 其他.</summary>
    OtherOther = 603,
}

/// <summary>The six groups of outcomes (（一）–（六）) of table 三.</summary>
public enum RequestOutcomeGroup
{
    Disclosed = 1,
    PartlyDisclosed = 2,
    Withheld = 3,
    Unavailable = 4,
    NotHandled = 5,
    Other = 6,
}

/// <summary>Labels and groups of <see cref="RequestOutcome"/>, worded as in the annual report.</summary>
public static class RequestOutcomes
{
    private static readonly Dictionary<RequestOutcome, string> Labels = new()
    {
        [RequestOutcome.Disclosed] = "予以公开",
        [RequestOutcome.PartlyDisclosed] = "部分公开",
        [RequestOutcome.WithheldStateSecret] = "不予公开：属于国家秘密",
        [RequestOutcome.WithheldProhibitedByLaw] = "不予公开：其他法律行政法规禁止公开",
        [RequestOutcome.WithheldSecurityOrStability] = "不予公开：危及“三安全一稳定”",
        [RequestOutcome.WithheldThirdPartyRights] = "不予公开：保护第三方合法权益",
        [RequestOutcome.WithheldInternalAffairs] = "不予公开：属于三类内部事务信息",
        [RequestOutcome.WithheldProcessInformation] = "不予公开：属于四类过程性信息",
        [RequestOutcome.WithheldEnforcementFile] = "不予公开：属于行政执法案卷",
        [RequestOutcome.WithheldAdministrativeQuery] = "不予公开：属于行政查询事项",
        [RequestOutcome.UnavailableNotHeld] = "无法提供：本机关不掌握相关政府信息",
        [RequestOutcome.UnavailableWouldNeedCreating] = "无法提供：没有现成信息需要另行制作",
        [RequestOutcome.UnavailableStillUnclear] = "无法提供：补正后申请内容仍不明确",
        [RequestOutcome.NotHandledPetition] = "不予处理：信访举报投诉类申请",
        [RequestOutcome.NotHandledRepeated] = "不予处理：重复申请",
        [RequestOutcome.NotHandledPublication] = "不予处理：要求提供公开出版物",
        [RequestOutcome.NotHandledExcessive] = "不予处理：无正当理由大量反复申请",
        [RequestOutcome.NotHandledConfirmation] = "不予处理：要求行政机关确认或重新出具已获取信息",
        [RequestOutcome.OtherNoSupplement] = "其他处理：申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        [RequestOutcome.OtherFeeNotPaid] = "其他处理：申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        [RequestOutcome.OtherOther] = "其他处理：其他",
    };

    /// <summary>All outcomes in the order of the annual report.</summary>
    public static IReadOnlyList<RequestOutcome> All { get; } = [.. Enum.GetValues<RequestOutcome>().Order()];

    public static string Label(RequestOutcome outcome) => Labels[outcome];

    public static RequestOutcomeGroup Group(RequestOutcome outcome) => (RequestOutcomeGroup)((int)outcome / 100);
}
