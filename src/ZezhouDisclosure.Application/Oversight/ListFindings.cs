using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>
/// Findings, worst first (单项否决, 扣分, 提示; then the oldest): open ones by default, optionally one unit's or one
/// rule's, each with its latest 整改. A unit's staff see their own units' only.
/// </summary>
public sealed record ListFindingsQuery(int? OrganisationId = null, string? CheckCode = null, bool IncludeClosed = false, int Limit = 500)
    : IQuery<IReadOnlyList<FindingRow>>;

public sealed class ListFindingsHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<ListFindingsQuery, IReadOnlyList<FindingRow>>
{
    public async ValueTask<IReadOnlyList<FindingRow>> Handle(ListFindingsQuery query, CancellationToken cancellationToken)
    {
        var units = OversightAccess.Units(currentUser);
        var findings = db.Findings.AsNoTracking().Visible(units);
        if (query.OrganisationId is { } organisationId)
        {
            findings = findings.Where(f => f.OrganisationId == organisationId);
        }

        if (!string.IsNullOrEmpty(query.CheckCode))
        {
            findings = findings.Where(f => f.CheckCode == query.CheckCode);
        }

        if (!query.IncludeClosed)
        {
            findings = findings.Where(f => f.ClosedAt == null);
        }

        var rows = await findings.OrderBy(f => f.ClosedAt != null).ThenBy(f => f.Level).ThenBy(f => f.FirstSeenAt).ThenBy(f => f.Id)
            .Take(Math.Clamp(query.Limit, 1, 5000)).ToListAsync(cancellationToken);
        return await FindingRows.ToRowsAsync(db, rows, ChinaTime.Today(time), cancellationToken);
    }
}

internal static class FindingRows
{
    public static async Task<IReadOnlyList<FindingRow>> ToRowsAsync(IAppDbContext db, List<Finding> findings, DateOnly today, CancellationToken cancellationToken)
    {
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var ids = findings.Select(f => f.Id).ToList();
        var rectifications = (await db.Rectifications.AsNoTracking().Where(r => ids.Contains(r.FindingId)).ToListAsync(cancellationToken))
            .GroupBy(r => r.FindingId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Id).First());
        return
        [
            .. findings.Select(f => new FindingRow(
                f.Id, f.CheckCode, f.RuleName, f.OrganisationId, f.OrganisationId is { } o ? names.GetValueOrDefault(o, "") : "全站",
                f.Subject, f.Level, f.Evidence, f.Link, f.FirstSeenAt, f.LastSeenAt, f.ClosedAt, f.TimesReopened,
                rectifications.TryGetValue(f.Id, out var r) ? Row(r, names, today) : null)),
        ];
    }

    public static RectificationRow Row(Rectification r, IReadOnlyDictionary<int, string> names, DateOnly today) => new(
        r.Id, r.Version, r.FindingId, r.OrganisationId, names.GetValueOrDefault(r.OrganisationId, ""), r.DueOn, r.Notice, r.NotifiedAt,
        r.Status, r.Note, r.DoneAt, r.VerifiedAt, r.TimesReopened, r.IsOverdue(today));
}
