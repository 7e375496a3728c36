namespace ZezhouDisclosure.Domain.Documents;

/// <summary>Chinese texts of the legal grounds, with the article each rests on.</summary>
public static class NonDisclosureGrounds
{
    public static IReadOnlyList<(NonDisclosureGround Ground, string Article, string Text)> All { get; } =
    [
        (NonDisclosureGround.StateSecret, "条例第十四条", "依法确定为国家秘密的政府信息"),
        (NonDisclosureGround.ProhibitedByLaw, "条例第十四条", "法律、行政法规禁止公开的政府信息"),
        (NonDisclosureGround.EndangersSecurityOrStability, "条例第十四条", "公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息"),
        (NonDisclosureGround.ThirdPartyRights, "条例第十五条", "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息"),
        (NonDisclosureGround.InternalAffairs, "条例第十六条第一款", "人事管理、后勤管理、内部工作流程等内部事务信息"),
        (NonDisclosureGround.ProcessInformation, "条例第十六条第二款", "讨论记录、过程稿、磋商信函、请示报告等过程性信息"),
        (NonDisclosureGround.EnforcementCaseFile, "条例第十六条第二款", "行政执法案卷信息"),
        (NonDisclosureGround.SpecificPartiesOnly, "条例第十九条", "不涉及公众利益调整、无需公众广泛知晓或参与决策，仅涉及特定对象，由相关方依申请获取"),
    ];

    public static string Describe(NonDisclosureGround ground)
    {
        var item = All.First(g => g.Ground == ground);
        return $"{item.Article}：{item.Text}";
    }

    /// <summary>Grounds that may support 不予公开 (第十四、十五、十六条); 依申请公开 may rest on any of them.</summary>
    public static bool AllowsNotPublic(NonDisclosureGround ground) => ground != NonDisclosureGround.SpecificPartiesOnly;
}
