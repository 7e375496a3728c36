using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>A village whose monthly 财务公开 for <see cref="Month"/> is not public after the 10th of the next month.</summary>
public sealed record OverdueVillageFinanceRow(int VillageId, string VillageName, int TownshipId, string TownshipName, DateOnly Month)
{
    public string MonthLabel => new VillagePeriod(VillagePeriodKind.Monthly, Month).Label;
}

public static class OverdueVillageFinance
{
    /// <summary>Every current village (of the given townships, or all) whose latest due monthly statement is missing.</summary>
    public static async Task<IReadOnlyList<OverdueVillageFinanceRow>> ListAsync(
        IAppDbContext db, DateOnly today, IReadOnlyCollection<int>? townshipIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var villages = await (from v in db.Organisations.AsNoTracking()
                              where (v.Kind == OrganisationKind.Village || v.Kind == OrganisationKind.Community) && v.ValidTo == null && v.ParentId != null
                              join t in db.Organisations on v.ParentId equals t.Id
                              select new { v.Id, v.Name, v.ValidFrom, TownshipId = t.Id, TownshipName = t.Name }).ToListAsync(cancellationToken);
        if (townshipIds is not null)
        {
            villages = [.. villages.Where(v => townshipIds.Contains(v.TownshipId))];
        }

        var months = villages
            .Select(v => (v, Month: VillageFinanceDeadline.LatestOverdueMonth(today, v.ValidFrom)))
            .Where(x => x.Month is not null).ToList();
        if (months.Count == 0)
        {
            return [];
        }

        var ids = months.Select(x => x.v.Id).ToList();
        var earliest = months.Min(x => x.Month!.Value);
        var published = (await db.VillagePostings.AsNoTracking()
                .Where(p => ids.Contains(p.OrganisationId) && p.Status == VillagePostingStatus.Published
                            && p.Category == VillagePostingCategory.Finance && p.PeriodKind == VillagePeriodKind.Monthly && p.PeriodStart >= earliest)
                .Select(p => new { p.OrganisationId, p.PeriodStart }).ToListAsync(cancellationToken))
            .Select(p => (p.OrganisationId, p.PeriodStart)).ToHashSet();
        return [.. months.Where(x => !published.Contains((x.v.Id, x.Month!.Value)))
            .OrderBy(x => x.v.TownshipName, StringComparer.Ordinal).ThenBy(x => x.v.Id)
            .Select(x => new OverdueVillageFinanceRow(x.v.Id, x.v.Name, x.v.TownshipId, x.v.TownshipName, x.Month!.Value))];
    }
}

/// <summary>
/// 村级财务公开 overdue: a village's monthly statement not public after the 10th of the following month, flagged to
/// its township (扣分 in the self-check).
/// </summary>
public sealed class OverdueVillageFinanceCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "villages.finance-overdue";

    public string Name => "村级财务公开逾期";

    public string Source => "泽政办发〔2020〕22号 三（四）3；村级财务收支明细每月10日前公开上月情况";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = DateOnly.FromDateTime(ChinaTime.ToBeijing(context.Now.UtcDateTime));
        var rows = await OverdueVillageFinance.ListAsync(db, today, null, cancellationToken);
        return [.. rows.Where(r => context.Covers(r.TownshipId) || context.Covers(r.VillageId))
            .Select(r => new ComplianceObservation(r.TownshipId, $"village-finance:{r.VillageId}:{r.Month:yyyy-MM}", FindingSeverity.Deduction,
                $"{r.TownshipName}{r.VillageName}{r.MonthLabel}财务公开逾期未公开（应于{VillageFinanceDeadline.DueOn(r.Month):yyyy年MM月dd日}前公开）。"))];
    }
}
