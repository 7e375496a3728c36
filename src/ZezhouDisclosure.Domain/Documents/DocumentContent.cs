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
    string? Reason);
