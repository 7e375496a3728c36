using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>A township clerk takes a pilot area (and its rows) out of the draft catalogue.</summary>
public sealed record RemoveCatalogueAreaCommand(int PilotAreaId) : ICommand;

public sealed class RemoveCatalogueAreaHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RemoveCatalogueAreaCommand>
{
    public async ValueTask<Unit> Handle(RemoveCatalogueAreaCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        catalogue.RemoveArea(command.PilotAreaId);
        db.Touch(catalogue);
        db.Audit(CatalogueAuditActions.RemoveArea, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            $"目录移除领域（编号{command.PilotAreaId}）");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
