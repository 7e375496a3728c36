using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>动态调整: a township clerk reopens the approved catalogue as a draft; the published version stays public.</summary>
public sealed record StartCatalogueRevisionCommand(int Version) : ICommand;

public sealed class StartCatalogueRevisionHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<StartCatalogueRevisionCommand>
{
    public async ValueTask<Unit> Handle(StartCatalogueRevisionCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        if (!catalogue.CanStartRevision())
        {
            throw new ConflictException("只有审定通过的目录可以发起调整。");
        }

        db.ExpectVersion(catalogue, command.Version);
        catalogue.StartRevision();
        db.Audit(CatalogueAuditActions.StartRevision, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId, "发起目录调整");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
