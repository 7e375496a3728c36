using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>A 整改 with its finding.</summary>
public sealed record RectificationItem(RectificationRow Rectification, string RuleName, string Evidence, string? Link, bool FindingOpen);

/// <summary>
/// 整改 not yet 销号 (or all, for history), overdue first then by due date: a unit's staff see their own units'
/// (the organisation-scope filter), the county office every unit's or one unit's.
/// </summary>
public sealed record ListRectificationsQuery(int? OrganisationId = null, bool IncludeVerified = false) : IQuery<IReadOnlyList<RectificationItem>>;

public sealed class ListRectificationsHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<ListRectificationsQuery, IReadOnlyList<RectificationItem>>
{
    public async ValueTask<IReadOnlyList<RectificationItem>> Handle(ListRectificationsQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.View, "您没有查看整改的权限。");
        var today = ChinaTime.Today(time);
        var rows = db.Rectifications.AsNoTracking();
        if (query.OrganisationId is { } organisationId)
        {
            rows = rows.Where(r => r.OrganisationId == organisationId);
        }

        if (!query.IncludeVerified)
        {
            rows = rows.Where(r => r.Status != RectificationStatus.Verified);
        }

        var list = await (
            from r in rows
            join f in db.Findings on r.FindingId equals f.Id
            orderby r.DueOn, r.Id
            select new { R = r, f.RuleName, f.Evidence, f.Link, Open = f.ClosedAt == null }).Take(1000).ToListAsync(cancellationToken);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return
        [
            .. list.Select(x => new RectificationItem(FindingRows.Row(x.R, names, today), x.RuleName, x.Evidence, x.Link, x.Open))
                .OrderByDescending(x => x.Rectification.IsOverdue),
        ];
    }
}
