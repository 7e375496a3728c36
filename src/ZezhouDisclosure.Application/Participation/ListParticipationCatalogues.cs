using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>The back-office list of 参与事项目录: the unit's own, or every unit's for the county office.</summary>
public sealed record ListParticipationCataloguesQuery : IQuery<IReadOnlyList<ParticipationCatalogueRow>>;

public sealed record ParticipationCatalogueRow(
    int Id, int Year, int OrganisationId, string OrganisationName, ParticipationCatalogueStatus Status, int Items, DateTime? PublishedAt, int Revision = 1);

public sealed class ListParticipationCataloguesHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListParticipationCataloguesQuery, IReadOnlyList<ParticipationCatalogueRow>>
{
    public async ValueTask<IReadOnlyList<ParticipationCatalogueRow>> Handle(ListParticipationCataloguesQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.View, "没有查看公众参与的权限。");
        var countyWide = currentUser.IsCountyWide();
        var own = currentUser.OrganisationIds;
        return await db.ParticipationCatalogues
            .Where(c => countyWide || own.Contains(c.OrganisationId))
            .OrderByDescending(c => c.Year).ThenBy(c => c.OrganisationId).ThenByDescending(c => c.Revision)
            .Take(500)
            .Select(c => new ParticipationCatalogueRow(
                c.Id, c.Year, c.OrganisationId,
                db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(),
                c.Status, c.Items.Count, c.PublishedAt, c.Revision))
            .ToListAsync(cancellationToken);
    }
}
