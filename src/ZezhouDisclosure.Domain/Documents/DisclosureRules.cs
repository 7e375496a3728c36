namespace ZezhouDisclosure.Domain.Documents;

/// <summary>
/// The 公开属性 rules of 泽政办发〔2020〕22号 §四(一)1: every document has an attribute; 依申请公开 and 不予公开 need a
/// legal ground from the fixed list and a written reason ("无明确公开属性建议或未能提供不主动公开合理依据和理由的，不予发文").
/// </summary>
public static class DisclosureRules
{
    public const int MinimumReasonLength = 10;

    /// <summary>Returns every problem, as (field, Chinese message); empty when the attribute may be submitted.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(
        DisclosureAttribute? attribute, NonDisclosureGround? ground, string? reason)
    {
        var problems = new List<(string, string)>();
        if (attribute is null)
        {
            problems.Add((nameof(DocumentContent.Attribute), "请选择公开属性（主动公开、依申请公开或不予公开）。"));
            return problems;
        }

        if (!Enum.IsDefined(attribute.Value))
        {
            problems.Add((nameof(DocumentContent.Attribute), "公开属性无效。"));
            return problems;
        }

        if (attribute == DisclosureAttribute.Proactive)
        {
            return problems;
        }

        var label = attribute == DisclosureAttribute.OnRequest ? "依申请公开" : "不予公开";
        if (ground is null || !Enum.IsDefined(ground.Value))
        {
            problems.Add((nameof(DocumentContent.Ground), $"公开属性为{label}时，必须选择法定依据。"));
        }
        else if (attribute == DisclosureAttribute.NotPublic && !NonDisclosureGrounds.AllowsNotPublic(ground.Value))
        {
            problems.Add((nameof(DocumentContent.Ground), "不予公开须依据条例第十四、十五或十六条。"));
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < MinimumReasonLength)
        {
            problems.Add((nameof(DocumentContent.Reason), $"公开属性为{label}时，必须说明理由（不少于{MinimumReasonLength}个字）。"));
        }

        return problems;
    }
}
