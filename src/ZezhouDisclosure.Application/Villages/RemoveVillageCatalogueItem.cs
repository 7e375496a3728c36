using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>Removes a row from a village's 公开事项清单 (the township or the village's own 信息员). Audited.</summary>
public sealed record RemoveVillageCatalogueItemCommand(int VillageId, int ItemId) : ICommand;

public sealed class RemoveVillageCatalogueItemHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RemoveVillageCatalogueItemCommand>
{
    public async ValueTask<Unit> Handle(RemoveVillageCatalogueItemCommand command, CancellationToken cancellationToken)
    {
        var village = await VillageAccess.VillageAsync(db, command.VillageId, cancellationToken);
        VillageAccess.RequireWriter(currentUser, village);
        var item = await db.VillageCatalogueItems.FirstOrDefaultAsync(i => i.Id == command.ItemId && i.OrganisationId == village.Id, cancellationToken)
            ?? throw new NotFoundException("公开事项不存在。");
        db.VillageCatalogueItems.Remove(item);
        db.Audit(VillageAuditActions.RemoveCatalogueItem, "VillageCatalogueItem", item.Id.ToString(CultureInfo.InvariantCulture), village.Id,
            $"删除{village.Name}公开事项清单：{item.Area} · {item.Item}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
