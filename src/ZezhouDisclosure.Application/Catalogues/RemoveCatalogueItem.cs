using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>A township clerk deletes a local row (inherited rows can only be marked 未涉及).</summary>
public sealed record RemoveCatalogueItemCommand(int ItemId) : ICommand;

public sealed class RemoveCatalogueItemHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RemoveCatalogueItemCommand>
{
    public async ValueTask<Unit> Handle(RemoveCatalogueItemCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        catalogue.RemoveItem(command.ItemId);
        db.Touch(catalogue);
        db.Audit(CatalogueAuditActions.RemoveItem, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            $"删除本地事项（编号{command.ItemId}）");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
