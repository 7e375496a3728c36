namespace ZezhouDisclosure.Domain.Documents;

/// <summary>
/// 同步解读 (泽政办发〔2020〕22号 四（三）1): “解读材料要与文件同步起草、同步审签、同步发布”. A 政策性文件 or
/// 行政规范性文件 is submitted with its 解读 or with a reason why it needs none, wherever it is filed; it is approved
/// only together with its 解读, which go live with it on the same day; a 解读 is never published ahead of its policy.
/// </summary>
public static class SynchronousInterpretation
{
    public const string MissingMessage = "政策性文件须与解读材料同步报送：请先关联解读，或填写不需解读的理由。";

    /// <summary>Whether a submission lacks its 解读: a policy type with neither a linked 解读 nor a “不需解读” reason.</summary>
    public static bool IsMissing(bool isPolicyType, bool hasInterpretation, string? noInterpretationReason) =>
        isPolicyType && !hasInterpretation && string.IsNullOrWhiteSpace(noInterpretationReason);

    /// <summary>A linked 解读 that is approved, and published, together with its policy.</summary>
    public static bool PublishesWithPolicy(Document interpretation)
    {
        ArgumentNullException.ThrowIfNull(interpretation);
        return interpretation.Status == DocumentStatus.Submitted
            && interpretation.Attribute == DisclosureAttribute.Proactive
            && interpretation.CanApprove();
    }

    /// <summary>
    /// Why the policy cannot be approved now (null when it can): each linked 解读 must be approvable with it, or
    /// already live. A 解读 still a draft, returned, waiting for its unit head or not 主动公开 refuses the approval.
    /// </summary>
    public static string? RefusePolicyApproval(IEnumerable<Document> linkedInterpretations)
    {
        ArgumentNullException.ThrowIfNull(linkedInterpretations);
        foreach (var interpretation in linkedInterpretations)
        {
            if (interpretation.IsDeleted || PublishesWithPolicy(interpretation)
                || interpretation.Status is DocumentStatus.Published or DocumentStatus.Scheduled or DocumentStatus.Withdrawn)
            {
                continue;
            }

            var state = interpretation.Status switch
            {
                DocumentStatus.Draft => "还是草稿",
                DocumentStatus.Returned => "已被退回修改",
                DocumentStatus.AwaitingUnitApproval => "尚待单位负责人审核",
                DocumentStatus.Submitted when interpretation.Attribute != DisclosureAttribute.Proactive => "不是主动公开",
                DocumentStatus.Submitted => "尚未完成公开属性备案",
                _ => "不能随文件发布",
            };
            return $"政策文件须与解读同步发布：关联的解读《{interpretation.Title}》{state}。请待解读提交县政务公开办审核后，再一并审核通过。";
        }

        return null;
    }

    /// <summary>
    /// Why a 解读 cannot be approved on its own (null when it can): its policy is not live yet, so the 解读 is
    /// approved together with the policy instead.
    /// </summary>
    public static string? RefuseInterpretationApproval(IEnumerable<Document> linkedPolicies)
    {
        ArgumentNullException.ThrowIfNull(linkedPolicies);
        var pending = linkedPolicies.FirstOrDefault(p => !p.IsDeleted && p.Status is not (DocumentStatus.Published or DocumentStatus.Scheduled or DocumentStatus.Withdrawn or DocumentStatus.ApprovedNotPublic));
        return pending is null
            ? null
            : $"解读须与政策文件同步发布：请审核政策文件《{pending.Title}》，本解读将随之一并审核通过并发布。";
    }
}
