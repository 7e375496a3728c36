using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>The signed-in township clerk's working catalogue, or null when it was never started.</summary>
public sealed record GetMyCatalogueQuery : IQuery<TownshipCatalogueDetails?>;

public sealed class GetMyCatalogueHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetMyCatalogueQuery, TownshipCatalogueDetails?>
{
    public async ValueTask<TownshipCatalogueDetails?> Handle(GetMyCatalogueQuery query, CancellationToken cancellationToken)
    {
        var organisation = await db.RequireTownshipClerkAsync(currentUser, cancellationToken);
        var catalogue = await db.TownshipCatalogues.AsNoTracking().Include(c => c.Areas).Include(c => c.Items)
            .FirstOrDefaultAsync(c => c.OrganisationId == organisation.Id, cancellationToken);
        return catalogue is null ? null : await db.DetailsAsync(catalogue, currentUser, cancellationToken);
    }
}
