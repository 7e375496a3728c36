using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>A township clerk submits the catalogue to the county office for 审定.</summary>
public sealed record SubmitCatalogueCommand(int Version) : ICommand;

public sealed class SubmitCatalogueHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SubmitCatalogueCommand>
{
    public async ValueTask<Unit> Handle(SubmitCatalogueCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        if (!catalogue.CanSubmit())
        {
            throw new ConflictException("目录已提交审定或已审定通过。");
        }

        db.ExpectVersion(catalogue, command.Version);
        catalogue.Submit(time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(CatalogueAuditActions.Submit, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId, "提交目录审定");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
