using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.RequestNotices;

/// <summary>
/// The notices the case's state makes meaningful now, for the list on the case page; empty for staff who may see the
/// case but not generate its notices (administrators).
/// </summary>
public sealed record ListRequestNoticesQuery(int Id) : IQuery<IReadOnlyList<AvailableNotice>>;

public sealed class ListRequestNoticesHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListRequestNoticesQuery, IReadOnlyList<AvailableNotice>>
{
    public async ValueTask<IReadOnlyList<AvailableNotice>> Handle(ListRequestNoticesQuery query, CancellationToken cancellationToken)
    {
        var request = await RequestNoticeAccess.FindAsync(db, currentUser, query.Id, cancellationToken);
        return RequestNoticeAccess.MayGenerate(currentUser, request) ? NoticeTemplates.Available(request) : [];
    }
}
