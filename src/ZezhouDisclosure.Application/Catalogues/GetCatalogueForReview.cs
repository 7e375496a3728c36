using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>A reviewer reads any township's working catalogue.</summary>
public sealed record GetCatalogueForReviewQuery(int Id) : IQuery<TownshipCatalogueDetails>;

public sealed class GetCatalogueForReviewHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetCatalogueForReviewQuery, TownshipCatalogueDetails>
{
    public async ValueTask<TownshipCatalogueDetails> Handle(GetCatalogueForReviewQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Catalogues.Review, "只有县政务公开办审核员可以审核。");
        var catalogue = await db.TownshipCatalogues.AsNoTracking().Include(c => c.Areas).Include(c => c.Items)
            .FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken) ?? throw new NotFoundException();
        return await db.DetailsAsync(catalogue, currentUser, cancellationToken);
    }
}
