using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>
/// The township's 村（居）务公开 block on its 工作台: village postings waiting for its review and villages whose monthly
/// 财务公开 is overdue (after the 10th of the next month).
/// </summary>
public sealed class VillageWorkbenchPanel(IAppDbContext db, ICurrentUser currentUser, TimeProvider time, ISender sender) : IWorkbenchPanelSource
{
    public const string PanelId = "village-affairs";

    public async ValueTask<WorkbenchPanel?> BuildAsync(WorkbenchAudience audience, CancellationToken cancellationToken)
    {
        if (audience == WorkbenchAudience.County || !currentUser.IsOrganisationStaff() || currentUser.OrganisationId is not int townshipId)
        {
            return null;
        }

        var isTownship = await db.Organisations.AnyAsync(o => o.Id == townshipId && o.Kind == OrganisationKind.Township, cancellationToken);
        if (!isTownship)
        {
            return null;
        }

        var items = new List<WorkbenchPanelItem>();
        foreach (var posting in await sender.Send(new ListVillagePostingsToReviewQuery(), cancellationToken))
        {
            items.Add(new WorkbenchPanelItem($"待审核：{posting.VillageName}《{posting.Title}》", $"/admin/villages/postings/{posting.Id}", posting.PeriodLabel));
        }

        foreach (var overdue in await OverdueVillageFinance.ListAsync(db, ChinaTime.Today(time), [townshipId], cancellationToken))
        {
            items.Add(new WorkbenchPanelItem($"{overdue.VillageName}{overdue.MonthLabel}财务公开逾期", $"/admin/villages/{overdue.VillageId}",
                $"应于{Domain.Villages.VillageFinanceDeadline.DueOn(overdue.Month):MM月dd日}前公开", WorkbenchUrgency.Overdue));
        }

        return new WorkbenchPanel(PanelId, "村（居）务公开", items, Order: 65, MoreUrl: "/admin/villages", MoreText: "全部村（居）",
            EmptyText: "没有待审核或逾期的村（居）务公开。");
    }
}
