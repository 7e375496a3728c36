namespace ZezhouDisclosure.Domain.Documents;

/// <summary>What a clerk writes when drafting a document. The body is already sanitised rich text.</summary>
public sealed record DocumentContent(
    string Title,
    string BodyHtml,
    int ColumnId,
    int? TopicCategoryId,
    string? DocumentNumber,
    DateOnly? WrittenOn,
    string? Summary,
    DisclosureAttribute? Attribute,
    NonDisclosureGround? Ground,
    string? Reason)
{
    /// <summary>关键词, separated by spaces or commas.</summary>
    public string? Keywords { get; init; }

    /// <summary>体裁, one of <see cref="DocumentGenres.All"/>.</summary>
    public string? Genre { get; init; }

    /// <summary>五公开 category.</summary>
    public FivePublicCategory? FivePublic { get; init; }

    /// <summary>政策性文件: needs a 解读 (or a recorded reason) wherever it is filed.</summary>
    public bool IsPolicy { get; init; }

    /// <summary>行政规范性文件, as the drafting form says it; null leaves what the document has (e.g. set with its 有效性).</summary>
    public bool? IsNormative { get; init; }

    /// <summary>For a policy document: why it needs no 解读.</summary>
    public string? NoInterpretationReason { get; init; }

    /// <summary>联合发文: the other organisations that issue the document together with its own.</summary>
    public IReadOnlyList<int> JointIssuerIds { get; init; } = [];
}
