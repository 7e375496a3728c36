using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// A file of a 征求意见: for the public (<see cref="PublishedOnly"/>) only while the consultation is published, else
/// 404; for staff at any stage, to the unit's own staff and the county office (as the staff consultation page).
/// </summary>
public sealed record GetConsultationAttachmentQuery(int ConsultationId, int AttachmentId, bool PublishedOnly) : IQuery<AttachmentDownload>;

public sealed class GetConsultationAttachmentHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetConsultationAttachmentQuery, AttachmentDownload>
{
    public async ValueTask<AttachmentDownload> Handle(GetConsultationAttachmentQuery query, CancellationToken cancellationToken)
    {
        var row = await (from a in db.ConsultationAttachments.AsNoTracking()
                         where a.Id == query.AttachmentId && a.ConsultationId == query.ConsultationId
                         join c in db.Consultations on a.ConsultationId equals c.Id
                         where !query.PublishedOnly || c.Status == ConsultationStatus.Published
                         select new { c.OrganisationId, a.FileName, a.ContentType, a.StorageKey, a.Size })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("附件不存在或尚未公开。");
        if (!query.PublishedOnly)
        {
            ConsultationAccess.RequireReader(currentUser, row.OrganisationId);
        }

        return new AttachmentDownload(row.FileName, row.ContentType, row.StorageKey, row.Size);
    }
}

/// <summary>A consultation's files as listed on its staff and public pages (oldest first).</summary>
internal static class ConsultationAttachmentRows
{
    public static async Task<IReadOnlyList<AttachmentRow>> ReadAsync(IAppDbContext db, int consultationId, CancellationToken cancellationToken) =>
        await db.ConsultationAttachments.AsNoTracking()
            .Where(a => a.ConsultationId == consultationId)
            .OrderBy(a => a.Id)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.Kind, a.Size, a.HasTextLayer, null))
            .ToListAsync(cancellationToken);
}
