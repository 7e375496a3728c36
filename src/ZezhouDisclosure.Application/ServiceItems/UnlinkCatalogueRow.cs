using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>A clerk removes a link between a catalogue row and one of the unit's 办事指南.</summary>
public sealed record UnlinkCatalogueRowCommand(int ServiceItemId, int LinkId) : ICommand;

public sealed class UnlinkCatalogueRowHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<UnlinkCatalogueRowCommand>
{
    public async ValueTask<Unit> Handle(UnlinkCatalogueRowCommand command, CancellationToken cancellationToken)
    {
        var item = await ServiceItemAccess.ClerkItemAsync(db, currentUser, command.ServiceItemId, cancellationToken);
        var link = await db.CatalogueServiceLinks.FirstOrDefaultAsync(l => l.Id == command.LinkId && l.ServiceItemId == item.Id, cancellationToken)
            ?? throw new NotFoundException();
        var row = await ServiceCatalogueRows.OwnRows(db, item.OrganisationId).Where(r => r.Id == link.TownshipCatalogueItemId)
            .Select(r => new { r.Number, r.Level1, r.Level2, r.Level3 }).FirstOrDefaultAsync(cancellationToken);
        db.CatalogueServiceLinks.Remove(link);
        db.Audit(ServiceItemAuditActions.UnlinkCatalogueRow, nameof(ServiceItem), item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), item.OrganisationId,
            row is null
                ? $"《{item.Name}》取消关联标准目录事项"
                : $"《{item.Name}》取消关联标准目录第{row.Number}项“{ServiceCatalogueRows.Label(row.Level1, row.Level2, row.Level3)}”");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
