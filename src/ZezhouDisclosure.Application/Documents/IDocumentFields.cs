using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>The fields a clerk fills in when drafting; shared by create and update.</summary>
public interface IDocumentFields
{
    string? Title { get; }

    string? BodyHtml { get; }

    int ColumnId { get; }

    int? TopicCategoryId { get; }

    string? DocumentNumber { get; }

    DateOnly? WrittenOn { get; }

    string? Summary { get; }

    DisclosureAttribute? Attribute { get; }

    NonDisclosureGround? Ground { get; }

    string? Reason { get; }

    string? Keywords { get; }

    string? Genre { get; }

    FivePublicCategory? FivePublic { get; }

    string? NoInterpretationReason { get; }

    /// <summary>政策性文件 (needs its 解读 wherever it is filed).</summary>
    bool IsPolicy { get; }

    /// <summary>行政规范性文件; null leaves what the document has.</summary>
    bool? IsNormative { get; }

    /// <summary>联合发文机关 (organisation ids other than the clerk's own).</summary>
    IReadOnlyList<int>? JointIssuerIds { get; }

    /// <summary>Submit for review in the same step (all or nothing).</summary>
    bool Submit { get; }
}
