using System.Globalization;

namespace ZezhouDisclosure.Application.RequestNotices;

/// <summary>The 告知书 the portal can generate for one 依申请公开 case.</summary>
public enum NoticeKind
{
    /// <summary>受理回执.</summary>
    Receipt = 1,

    /// <summary>补正告知书 (条例第三十条).</summary>
    Supplement = 2,

    /// <summary>征求第三方意见书 (第三十二条), addressed to the third party.</summary>
    ThirdPartyConsultation = 3,

    /// <summary>延期答复告知书 (第三十三条第二款).</summary>
    Extension = 4,

    /// <summary>政府信息公开申请答复告知书, worded by the outcome (第三十六条 and the articles of each ground).</summary>
    Reply = 5,

    /// <summary>信息处理费收费通知 (第四十二条, 国办函〔2020〕109号).</summary>
    Fee = 6,
}

/// <summary>信息处理费 method; one per application (国办函〔2020〕109号 第三条).</summary>
public enum FeeMethod
{
    /// <summary>按件计收.</summary>
    ByPiece = 1,

    /// <summary>按量计收.</summary>
    ByQuantity = 2,
}

/// <summary>One labelled line of the facts table of a notice.</summary>
public sealed record NoticeFact(string Label, string Value);

/// <summary>
/// One generated 告知书, independent of its rendering: the HTML print page and the .docx are both drawn from it, so
/// they always say the same thing.
/// </summary>
/// <param name="Kind">Which notice.</param>
/// <param name="Title">The heading, e.g. 政府信息公开申请答复告知书.</param>
/// <param name="Reference">The notice's own number, derived from the application number.</param>
/// <param name="OrganisationName">The issuing organisation (the organisation applied to); signs and seals.</param>
/// <param name="RequestNumber">申请编号.</param>
/// <param name="Addressee">The salutation line without its colon: the applicant's name, or the third party.</param>
/// <param name="Facts">The facts table (申请编号, 收到申请之日, 所需信息 …).</param>
/// <param name="Paragraphs">The body, one paragraph each.</param>
/// <param name="LegalBasis">The legal ground cited, one line each.</param>
/// <param name="Remedies">The remedies paragraph (行政复议 / 行政诉讼), or null where none applies.</param>
/// <param name="Date">The notice's date (Beijing).</param>
public sealed record NoticeModel(
    NoticeKind Kind,
    string Title,
    string Reference,
    string OrganisationName,
    string RequestNumber,
    string Addressee,
    IReadOnlyList<NoticeFact> Facts,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> LegalBasis,
    string? Remedies,
    DateOnly Date)
{
    /// <summary>The date as a 公文 writes it: 2026年11月27日 (no zero padding).</summary>
    public string DateText => NoticeText.Date(Date);

    /// <summary>Where the organisation's seal goes.</summary>
    public string SealText => "（盖章）";

    /// <summary>A download name with only the number and the kind, never personal data.</summary>
    public string FileName => $"{RequestNumber}-{Kind.ToString().ToLowerInvariant()}.docx";
}

/// <summary>Formatting shared by the notice templates.</summary>
public static class NoticeText
{
    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string Yuan(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture) + " 元";

    /// <summary>The route segment of each notice kind.</summary>
    public static string Slug(NoticeKind kind) => kind switch
    {
        NoticeKind.Receipt => "receipt",
        NoticeKind.Supplement => "supplement",
        NoticeKind.ThirdPartyConsultation => "consultation",
        NoticeKind.Extension => "extension",
        NoticeKind.Reply => "reply",
        NoticeKind.Fee => "fee",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static NoticeKind? FromSlug(string? slug) => slug switch
    {
        "receipt" => NoticeKind.Receipt,
        "supplement" => NoticeKind.Supplement,
        "consultation" => NoticeKind.ThirdPartyConsultation,
        "extension" => NoticeKind.Extension,
        "reply" => NoticeKind.Reply,
        "fee" => NoticeKind.Fee,
        _ => null,
    };
}
