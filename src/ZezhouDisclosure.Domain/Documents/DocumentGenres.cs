namespace ZezhouDisclosure.Domain.Documents;

/// <summary>体裁 (文种) of a document, the 15 kinds of 《党政机关公文处理工作条例》 plus the forms county portals also list.</summary>
public static class DocumentGenres
{
    public static IReadOnlyList<string> All { get; } =
    [
        "决议", "决定", "命令（令）", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要",
        "规划", "计划", "方案", "办法", "规定", "细则", "指南", "公示", "年度报告", "其他",
    ];
}
