using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>A file attached to a reply, for staff who may see the case (the organisation's clerk, the county office).</summary>
public sealed record GetStaffReplyFileQuery(int Id, int FileId) : IQuery<AttachmentDownload>;

/// <summary>
/// A file attached to a reply, for the applicant: with the 申请编号 and 查询码, once the reply is answered and only when
/// the applicant asked for 网上获取 or 电子邮件 (<see cref="Domain.Requests.DisclosureRequest.ProvidesInformationOnline"/>).
/// </summary>
public sealed record GetPublicReplyFileQuery(string? Number, string? QueryCode, int FileId) : IQuery<AttachmentDownload>;

/// <summary>One file of a reply as listed on the case page and the applicant's status page.</summary>
public sealed record ReplyFileRow(int Id, string FileName, Domain.Documents.AttachmentKind Kind, long Size)
{
    public string KindLabel => Domain.Documents.AttachmentKinds.Label(Kind);

    public string SizeLabel => Domain.Documents.AttachmentKinds.DescribeSize(Size);
}

public sealed class GetStaffReplyFileHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetStaffReplyFileQuery, AttachmentDownload>
{
    public async ValueTask<AttachmentDownload> Handle(GetStaffReplyFileQuery query, CancellationToken cancellationToken)
    {
        StaffRequestAccess.RequireStaff(currentUser);
        // The organisation-scope filter hides another organisation's files (404).
        return await db.RequestReplyFiles.AsNoTracking()
            .Where(f => f.Id == query.FileId && f.DisclosureRequestId == query.Id)
            .Select(f => new AttachmentDownload(f.FileName, f.ContentType, f.StorageKey, f.Size))
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("文件不存在。");
    }
}

public sealed class GetPublicReplyFileHandler(IAppDbContext db) : IQueryHandler<GetPublicReplyFileQuery, AttachmentDownload>
{
    public async ValueTask<AttachmentDownload> Handle(GetPublicReplyFileQuery query, CancellationToken cancellationToken)
    {
        var request = await ApplicantAccess.FindAsync(db, query.Number, query.QueryCode, cancellationToken);
        if (!request.ProvidesInformationOnline)
        {
            throw new NotFoundException("文件不存在或尚未提供。");
        }

        // Reviewed use of IgnoreQueryFilters: the applicant (anonymous) reads the files of their own answered
        // application, checked above by number and query code.
        return await db.RequestReplyFiles.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking()
            .Where(f => f.Id == query.FileId && f.DisclosureRequestId == request.Id)
            .Select(f => new AttachmentDownload(f.FileName, f.ContentType, f.StorageKey, f.Size))
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("文件不存在或尚未提供。");
    }
}
