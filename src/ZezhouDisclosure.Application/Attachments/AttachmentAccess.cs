using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Attachments;

/// <summary>The same rules as editing a document: its own organisation's clerk, and only while it is a draft or returned.</summary>
internal static class AttachmentAccess
{
    public static async Task<Document> EditableDocumentAsync(IAppDbContext db, ICurrentUser currentUser, int documentId, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken)
            ?? throw new NotFoundException();
        if (document.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能修改本单位信息的附件。");
        }

        if (!document.CanEdit())
        {
            throw new ConflictException("该信息已提交审核或已发布，不能修改附件。");
        }

        return document;
    }

    public static async Task<(DocumentAttachment Attachment, Document Document)> EditableAttachmentAsync(
        IAppDbContext db, ICurrentUser currentUser, int attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await db.DocumentAttachments.FirstOrDefaultAsync(a => a.Id == attachmentId, cancellationToken)
            ?? throw new NotFoundException("附件不存在。");
        var document = await EditableDocumentAsync(db, currentUser, attachment.DocumentId, cancellationToken);
        return (attachment, document);
    }
}
