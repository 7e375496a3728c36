using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>The public content kind of documents and 解读, and what a saved document, attachment or 解读 link changes.</summary>
public static class DocumentPublicContent
{
    private static readonly PublicContentKind DocumentKind = new("document");

    extension(PublicContentKind)
    {
        /// <summary>A document or 解读; the id is the document's, the organisation its publisher's (when known).</summary>
        public static PublicContentKind Document => DocumentKind;
    }
}

/// <summary>Documents, their attachments and 解读 links change the documents' public pages and search entries.</summary>
public sealed class DocumentContentSource : PublicContentSource
{
    public DocumentContentSource()
    {
        Map<Document>(document => [new(PublicContentKind.Document, document.Id, document.OrganisationId)]);
        Map<DocumentAttachment>(attachment => [new(PublicContentKind.Document, attachment.DocumentId, attachment.OrganisationId)]);
        Map<InterpretationLink>(link =>
        [
            new(PublicContentKind.Document, link.PolicyId, null),
            new(PublicContentKind.Document, link.InterpretationId, null),
        ]);
    }
}
