using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Models;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Auditing;

/// <summary>The audit log, newest first, for the county office and administrators.</summary>
public sealed record ListAuditEntriesQuery(int Page, string? Action = null) : IQuery<PagedList<AuditRow>>;

public sealed record AuditRow(
    long Id, DateTime At, string UserName, string? IpAddress, string Action, string EntityType, string EntityId, string Summary);

public sealed class ListAuditEntriesHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListAuditEntriesQuery, PagedList<AuditRow>>
{
    public async ValueTask<PagedList<AuditRow>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.IsCountyWide())
        {
            throw new Common.Errors.ForbiddenException("只有县政务公开办和管理员可以查看审计日志。");
        }

        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(a => a.Action == query.Action);
        }

        return await entries.OrderByDescending(a => a.Id)
            .Select(a => new AuditRow(a.Id, a.At, a.UserName, a.IpAddress, a.Action, a.EntityType, a.EntityId, a.Summary))
            .ToPagedListAsync(query.Page, 50, cancellationToken);
    }
}
