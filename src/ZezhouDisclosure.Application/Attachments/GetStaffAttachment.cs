using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Attachments;

/// <summary>
/// An attachment for staff at any stage of its document: the document's own organisation's clerks and the county
/// office; another organisation's clerk is refused, as for the staff document page.
/// </summary>
public sealed record GetStaffAttachmentQuery(int AttachmentId) : IQuery<AttachmentDownload>;

public sealed class GetStaffAttachmentHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetStaffAttachmentQuery, AttachmentDownload>
{
    public async ValueTask<AttachmentDownload> Handle(GetStaffAttachmentQuery query, CancellationToken cancellationToken)
    {
        var row = await (from a in db.DocumentAttachments.AsNoTracking()
                         where a.Id == query.AttachmentId
                         join d in db.Documents on a.DocumentId equals d.Id
                         select new { d.OrganisationId, a.DocumentId, a.FileName, a.ContentType, a.StorageKey, a.Size })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("附件不存在。");
        if (!currentUser.RecordScope().Includes(row.OrganisationId))
        {
            throw new ForbiddenException("只能查看本单位信息的附件。");
        }

        return new AttachmentDownload(row.FileName, row.ContentType, row.StorageKey, row.Size) { DocumentId = row.DocumentId };
    }
}
