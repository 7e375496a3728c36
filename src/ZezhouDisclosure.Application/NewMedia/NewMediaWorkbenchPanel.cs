using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.NewMedia;

namespace ZezhouDisclosure.Application.NewMedia;

/// <summary>
/// The 工作台 block of running accounts whose check of last month is not recorded yet (the clerk's own unit, or every
/// unit for the county office); overdue after the 10th.
/// </summary>
public sealed class NewMediaWorkbenchPanel(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : IWorkbenchPanelSource
{
    /// <summary>The day of the month by which last month's check should be recorded.</summary>
    public const int CheckDueDay = 10;

    public async ValueTask<WorkbenchPanel?> BuildAsync(WorkbenchAudience audience, CancellationToken cancellationToken)
    {
        if (audience == WorkbenchAudience.UnitHead || !currentUser.Has(Permissions.NewMedia.Check))
        {
            return null;
        }

        var today = ChinaTime.Today(time);
        var due = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var accounts = db.NewMediaAccounts.AsNoTracking()
            .Where(a => a.Status == NewMediaAccountStatus.Running && a.OpenedOn < due.AddMonths(1) && (a.LastCheckedMonth == null || a.LastCheckedMonth < due));
        if (!currentUser.IsCountyWide())
        {
            var own = currentUser.OrganisationIds.ToList();
            accounts = accounts.Where(a => own.Contains(a.OrganisationId));
        }

        var rows = await (from a in accounts
                          join o in db.Organisations on a.OrganisationId equals o.Id
                          orderby o.SortOrder, a.Name
                          select new { a.Id, a.Name, a.Platform, Organisation = o.Name })
            .Take(20).ToListAsync(cancellationToken);
        var urgency = today.Day > CheckDueDay ? WorkbenchUrgency.Overdue : WorkbenchUrgency.DueSoon;
        return rows.Count == 0
            ? null
            : new WorkbenchPanel(
                "new-media-checks",
                $"政务新媒体：{due.Year}年{due.Month}月检查待登记",
                [.. rows.Select(r => new WorkbenchPanelItem(
                    $"{r.Organisation}：{NewMediaLabels.Of(r.Platform)}“{r.Name}”", $"/admin/new-media/{r.Id}", $"应于{today.Month}月{CheckDueDay}日前登记", urgency))],
                Order: 134,
                MoreUrl: "/admin/new-media",
                MoreText: "政务新媒体登记");
    }
}
