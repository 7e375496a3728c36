using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>The back-office page of one 参与事项目录, with what the user may do.</summary>
public sealed record GetParticipationCatalogueQuery(int Id) : IQuery<ParticipationCatalogueDetails>;

public sealed record ParticipationCatalogueDetails(ParticipationCatalogue Catalogue, string OrganisationName, bool CanEdit, bool CanReview, bool CanAmend = false);

public sealed class GetParticipationCatalogueHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetParticipationCatalogueQuery, ParticipationCatalogueDetails>
{
    public async ValueTask<ParticipationCatalogueDetails> Handle(GetParticipationCatalogueQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.View, "没有查看公众参与的权限。");
        var catalogue = await db.ParticipationCatalogues.AsNoTracking().Include(c => c.Items)
            .FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken) ?? throw new NotFoundException();
        if (!currentUser.IsCountyWide() && !currentUser.OrganisationIds.Contains(catalogue.OrganisationId))
        {
            throw new ForbiddenException("只能查看本单位的参与事项目录。");
        }

        var organisation = await db.Organisations.Where(o => o.Id == catalogue.OrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var actor = currentUser.ToActor();
        return new ParticipationCatalogueDetails(
            catalogue,
            organisation,
            actor.IsClerkOf(catalogue.OrganisationId) && catalogue.IsEditable && currentUser.Has(Permissions.Participation.Edit),
            currentUser.Has(Permissions.Participation.Review) && catalogue.CanReview(),
            actor.IsClerkOf(catalogue.OrganisationId) && catalogue.Status == ParticipationCatalogueStatus.Published && currentUser.Has(Permissions.Participation.Edit));
    }
}
