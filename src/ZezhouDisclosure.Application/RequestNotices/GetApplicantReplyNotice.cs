using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.RequestNotices;

/// <summary>
/// The 答复告知书 for its applicant, with the 申请编号 and 查询码, once the reply is answered (送达): the same notice the
/// staff print (<see cref="NoticeTemplates"/>), so the page, the .docx and the paper say the same thing.
/// </summary>
public sealed record GetApplicantReplyNoticeQuery(string? Number, string? QueryCode) : IQuery<NoticeModel>;

public sealed class GetApplicantReplyNoticeHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<GetApplicantReplyNoticeQuery, NoticeModel>
{
    public async ValueTask<NoticeModel> Handle(GetApplicantReplyNoticeQuery query, CancellationToken cancellationToken)
    {
        var request = await ApplicantAccess.FindAsync(db, query.Number, query.QueryCode, cancellationToken);
        if (!request.IsReplyOnline)
        {
            throw new NotFoundException("申请尚未答复。");
        }

        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == request.OrganisationId, cancellationToken);
        var calendar = await RequestCalendar.LoadAsync(db, cancellationToken);
        return NoticeTemplates.Build(request, organisation, calendar, ChinaTime.Today(time), NoticeKind.Reply);
    }
}
