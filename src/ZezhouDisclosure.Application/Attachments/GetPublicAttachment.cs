using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Attachments;

/// <summary>
/// An attachment of a published document, for anyone. A withdrawn document's attachments are gone (410); drafts,
/// documents under review, not-public approvals, deleted documents and removed attachments are 404.
/// </summary>
public sealed record GetPublicAttachmentQuery(int DocumentId, int AttachmentId) : IQuery<PublicAttachment>;

public sealed class GetPublicAttachmentHandler(IAppDbContext db) : IQueryHandler<GetPublicAttachmentQuery, PublicAttachment>
{
    public async ValueTask<PublicAttachment> Handle(GetPublicAttachmentQuery query, CancellationToken cancellationToken)
    {
        var row = await (from a in db.DocumentAttachments.AsNoTracking()
                         where a.Id == query.AttachmentId && a.DocumentId == query.DocumentId
                         join d in db.Documents on a.DocumentId equals d.Id
                         where d.Status == DocumentStatus.Published || d.Status == DocumentStatus.Withdrawn
                         select new { d.Status, a.FileName, a.ContentType, a.StorageKey, a.Size })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("附件不存在或尚未公开。");
        return row.Status == DocumentStatus.Withdrawn
            ? new PublicAttachment(null, DocumentWithdrawn: true)
            : new PublicAttachment(new AttachmentDownload(row.FileName, row.ContentType, row.StorageKey, row.Size), false);
    }
}
