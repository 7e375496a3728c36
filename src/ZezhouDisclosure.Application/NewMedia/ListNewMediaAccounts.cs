using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.NewMedia;

namespace ZezhouDisclosure.Application.NewMedia;

/// <summary>An account as the registry lists it.</summary>
public sealed record NewMediaAccountRow(
    int Id, int OrganisationId, string OrganisationName, NewMediaPlatform Platform, string Name, string AccountId, string ResponsiblePerson,
    DateOnly OpenedOn, string? Approval, NewMediaAccountStatus Status, DateOnly? ClosedOn, string? ClosureNotice, DateOnly? LastPostOn,
    DateOnly? LastCheckedMonth, int Version, string? Applicant = null, string? Operator = null)
{
    public string PlatformLabel => NewMediaLabels.Of(Platform);

    public string StatusLabel => NewMediaLabels.Of(Status);
}

/// <summary>
/// The registry: for the public (the 政务新媒体矩阵) every account; for the back-office a clerk's own unit, the county
/// office every unit (<paramref name="StaffView"/>).
/// </summary>
public sealed record ListNewMediaAccountsQuery(bool StaffView = false) : IQuery<IReadOnlyList<NewMediaAccountRow>>;

public sealed class ListNewMediaAccountsHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListNewMediaAccountsQuery, IReadOnlyList<NewMediaAccountRow>>
{
    public async ValueTask<IReadOnlyList<NewMediaAccountRow>> Handle(ListNewMediaAccountsQuery query, CancellationToken cancellationToken)
    {
        var accounts = db.NewMediaAccounts.AsNoTracking();
        if (query.StaffView)
        {
            currentUser.Require(Permissions.NewMedia.View, "没有查看政务新媒体登记的权限。");
            if (!currentUser.IsCountyWide())
            {
                var own = currentUser.OrganisationIds.ToList();
                accounts = accounts.Where(a => own.Contains(a.OrganisationId));
            }
        }

        return await (from a in accounts
                      join o in db.Organisations on a.OrganisationId equals o.Id
                      orderby a.Status, o.SortOrder, a.Platform, a.Name
                      select new NewMediaAccountRow(
                          a.Id, a.OrganisationId, o.Name, a.Platform, a.Name, a.AccountId, a.ResponsiblePerson, a.OpenedOn, a.Approval,
                          a.Status, a.ClosedOn, a.ClosureNotice, a.LastPostOn, a.LastCheckedMonth, a.Version, a.Applicant, a.Operator))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>A monthly check as the account page lists it.</summary>
public sealed record NewMediaCheckRow(DateOnly Month, DateOnly CheckedOn, DateOnly? LastPostOn, int Received, int Answered, string? Problems, string? Rectification, bool WasStale);

/// <summary>One entry of an account's history (registration, changes with what changed, checks, closure), from the audit trail.</summary>
public sealed record NewMediaHistoryRow(DateTime At, string UserName, string Summary);

/// <summary>One account with its checks and history (back-office).</summary>
public sealed record NewMediaAccountPage(
    NewMediaAccountRow Account, IReadOnlyList<NewMediaCheckRow> Checks, bool CanManage, bool CanCheck, IReadOnlyList<NewMediaHistoryRow>? History = null);

public sealed record GetNewMediaAccountQuery(int Id) : IQuery<NewMediaAccountPage>;

public sealed class GetNewMediaAccountHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetNewMediaAccountQuery, NewMediaAccountPage>
{
    public async ValueTask<NewMediaAccountPage> Handle(GetNewMediaAccountQuery query, CancellationToken cancellationToken)
    {
        var accounts = await new ListNewMediaAccountsHandler(db, currentUser).Handle(new ListNewMediaAccountsQuery(StaffView: true), cancellationToken);
        var account = accounts.FirstOrDefault(a => a.Id == query.Id) ?? throw new NotFoundException();
        var checks = await db.NewMediaChecks.AsNoTracking().Where(c => c.NewMediaAccountId == account.Id)
            .OrderByDescending(c => c.Month)
            .ToListAsync(cancellationToken);
        var own = currentUser.OrganisationIds.Contains(account.OrganisationId);
        var entityId = account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var history = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(NewMediaAccount) && e.EntityId == entityId)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new NewMediaHistoryRow(e.At, e.UserName, e.Summary))
            .Take(100)
            .ToListAsync(cancellationToken);
        return new NewMediaAccountPage(
            account,
            [.. checks.Select(c => new NewMediaCheckRow(c.Month, c.CheckedOn, c.LastPostOn, c.InteractionsReceived, c.InteractionsAnswered, c.Problems, c.Rectification, c.WasStale))],
            CanManage: own && currentUser.Has(Permissions.NewMedia.Manage) && account.Status == NewMediaAccountStatus.Running,
            CanCheck: (own || currentUser.IsCountyWide()) && currentUser.Has(Permissions.NewMedia.Check) && account.Status == NewMediaAccountStatus.Running,
            History: history);
    }
}

/// <summary>
/// The 年报 figure: accounts by platform that were running at some time in the year (开办 by its end, not closed before
/// its start), county-wide or for one unit.
/// </summary>
public sealed record CountNewMediaAccountsByPlatformQuery(int Year, int? OrganisationId = null) : IQuery<IReadOnlyList<NewMediaPlatformCount>>;

public sealed record NewMediaPlatformCount(NewMediaPlatform Platform, int Count)
{
    public string PlatformLabel => NewMediaLabels.Of(Platform);
}

public sealed class CountNewMediaAccountsByPlatformHandler(IAppDbContext db)
    : IQueryHandler<CountNewMediaAccountsByPlatformQuery, IReadOnlyList<NewMediaPlatformCount>>
{
    public async ValueTask<IReadOnlyList<NewMediaPlatformCount>> Handle(CountNewMediaAccountsByPlatformQuery query, CancellationToken cancellationToken)
    {
        var end = new DateOnly(query.Year, 12, 31);
        var start = new DateOnly(query.Year, 1, 1);
        var accounts = db.NewMediaAccounts.AsNoTracking().Where(a => a.OpenedOn <= end && (a.ClosedOn == null || a.ClosedOn >= start));
        if (query.OrganisationId is { } organisationId)
        {
            accounts = accounts.Where(a => a.OrganisationId == organisationId);
        }

        var counts = await accounts.GroupBy(a => a.Platform).Select(g => new { Platform = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. counts.OrderBy(c => c.Platform).Select(c => new NewMediaPlatformCount(c.Platform, c.Count))];
    }
}
