using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;

namespace ZezhouDisclosure.Application.NewMedia;

/// <summary>
/// 政务新媒体 figures of a month for the 月度自查报告: accounts running at the month's end, opened and closed in the month,
/// the month's checks recorded, the accounts found without a post for two weeks at their check, and the interactions
/// received and answered.
/// </summary>
public sealed class NewMediaSelfCheckFigures(IAppDbContext db) : ISelfCheckFigureSource
{
    public const string Group = "政务新媒体";

    public async Task<IReadOnlyList<SelfCheckFigure>> ForMonthAsync(int? organisationId, int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var accounts = db.NewMediaAccounts.AsNoTracking().Where(a => organisationId == null || a.OrganisationId == organisationId);
        var running = await accounts.CountAsync(a => a.OpenedOn <= last && (a.ClosedOn == null || a.ClosedOn > last), cancellationToken);
        var opened = await accounts.CountAsync(a => a.OpenedOn >= first && a.OpenedOn <= last, cancellationToken);
        var closed = await accounts.CountAsync(a => a.ClosedOn >= first && a.ClosedOn <= last, cancellationToken);
        // One check per account and month: a unit has a handful, so they are read and judged here.
        var checks = await db.NewMediaChecks.AsNoTracking()
            .Where(c => c.Month == first && (organisationId == null || c.OrganisationId == organisationId))
            .ToListAsync(cancellationToken);
        return
        [
            new(Group, "月末运行账号", running, "个"),
            new(Group, "本月开设账号", opened, "个"),
            new(Group, "本月关停或注销账号", closed, "个"),
            new(Group, "已登记月度检查", checks.Count, "个"),
            new(Group, "检查时两周以上未更新", checks.Count(c => c.WasStale), "个"),
            new(Group, "收到互动", checks.Sum(c => c.InteractionsReceived), "条"),
            new(Group, "已回应互动", checks.Sum(c => c.InteractionsAnswered), "条"),
        ];
    }
}
