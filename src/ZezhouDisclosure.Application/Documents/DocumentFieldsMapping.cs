using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

internal static class DocumentFieldsMapping
{
    public static DocumentContent ToContent(this IDocumentFields fields, IHtmlSanitizer sanitizer) => new(
        fields.Title ?? "",
        sanitizer.SanitizeDocumentHtml(DocumentBody.FromInput(fields.BodyHtml)),
        fields.ColumnId,
        fields.TopicCategoryId,
        fields.DocumentNumber,
        fields.WrittenOn,
        fields.Summary,
        fields.Attribute,
        fields.Ground,
        fields.Reason)
    {
        Keywords = fields.Keywords,
        Genre = fields.Genre,
        FivePublic = fields.FivePublic,
        NoInterpretationReason = fields.NoInterpretationReason,
        IsPolicy = fields.IsPolicy,
        IsNormative = fields.IsNormative,
        JointIssuerIds = fields.JointIssuerIds ?? [],
    };
}
