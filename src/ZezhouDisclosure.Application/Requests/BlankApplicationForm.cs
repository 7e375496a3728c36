using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>One line of the paper 申请表: a label and what is pre-printed in the box (tick boxes), or blank.</summary>
public sealed record BlankFormRow(string Label, string Printed = "");

/// <summary>One part of the paper 申请表 (申请人信息, 所需政府信息 …).</summary>
public sealed record BlankFormSection(string Title, IReadOnlyList<BlankFormRow> Rows);

/// <summary>
/// The blank paper 政府信息公开申请表 for those who apply by letter or in person (条例第二十九条: 书面形式, 包括信件):
/// the same fields as the online form, in the same order. The .docx and the print page are both drawn from it.
/// </summary>
public static class BlankApplicationForm
{
    public const string Title = "政府信息公开申请表";

    public static IReadOnlyList<string> Instructions { get; } =
    [
        "依据《中华人民共和国政府信息公开条例》第二十九条，申请应当包括：申请人的姓名或者名称、身份证明、联系方式；申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；申请公开的政府信息的形式要求，包括获取信息的方式、途径。",
        "请用黑色或蓝色笔填写，并附身份证明复印件（自然人：居民身份证等有效证件；法人或其他组织：营业执照或统一社会信用代码证书等）。一份申请表原则上申请一项政府信息。",
        "以邮寄方式提交的，收到申请之日为行政机关签收之日；平常信函等无需签收的，为工作机构与申请人确认之日（第三十一条）。",
    ];

    public static IReadOnlyList<BlankFormSection> Sections { get; } =
    [
        new("受理机关", [new("申请向哪个行政机关提出")]),
        new("申请人信息",
        [
            new("申请人类型", Boxes(Enum.GetValues<ApplicantType>().Select(t => t == ApplicantType.NaturalPerson ? "自然人" : "法人或其他组织（" + RequestLabels.Of(t) + "）"))),
            new("姓名或者名称"),
            new("证件类型", Boxes(Enum.GetValues<IdDocumentType>().Select(RequestLabels.Of))),
            new("证件号码"),
            new("法定代表人或者负责人（法人或其他组织填写）"),
            new("联系人（法人或其他组织填写）"),
            new("联系电话"),
            new("电子邮箱"),
            new("通信地址及邮政编码"),
        ]),
        new("所需政府信息",
        [
            new("信息的名称、文号或者便于查询的其他特征性描述"),
            new("信息的载体形式", Boxes(Enum.GetValues<InformationForm>().Select(RequestLabels.Of))),
            new("获取信息的方式", Boxes(Enum.GetValues<ReceivingMethod>().Select(RequestLabels.Of))),
        ]),
    ];

    public static IReadOnlyList<string> ClosingLines { get; } =
    [
        "申请人签名（盖章）：",
        "申请日期：　　　　年　　月　　日",
    ];

    private static string Boxes(IEnumerable<string> options) => string.Join("　", options.Select(o => "□" + o));
}
