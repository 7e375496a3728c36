using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>A township clerk starts the township's catalogue (once); returns its id.</summary>
public sealed record StartTownshipCatalogueCommand : ICommand<int>;

public sealed class StartTownshipCatalogueHandler(IAppDbContext db, ICurrentUser currentUser)
    : ICommandHandler<StartTownshipCatalogueCommand, int>
{
    public async ValueTask<int> Handle(StartTownshipCatalogueCommand command, CancellationToken cancellationToken)
    {
        var organisation = await db.RequireTownshipClerkAsync(currentUser, cancellationToken);
        var existing = await db.TownshipCatalogues.Where(c => c.OrganisationId == organisation.Id)
            .Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is int id)
        {
            return id;
        }

        var catalogue = new TownshipCatalogue(organisation.Id);
        db.TownshipCatalogues.Add(catalogue);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(CatalogueAuditActions.Start, nameof(TownshipCatalogue), catalogue.Label(), organisation.Id, $"开始编制{organisation.Name}政务公开事项标准目录");
        await db.SaveChangesAsync(cancellationToken);
        return catalogue.Id;
    }
}
