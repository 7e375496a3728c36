using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>
/// Every organisation, current and historical, in display order; villages and communities (村（居）, several hundred,
/// not 行政机关) only with <paramref name="IncludeVillages"/>.
/// </summary>
public sealed record ListOrganisationsQuery(bool IncludeVillages = false) : IQuery<IReadOnlyList<OrganisationSummary>>;

public sealed class ListOrganisationsHandler(IAppDbContext db)
    : IQueryHandler<ListOrganisationsQuery, IReadOnlyList<OrganisationSummary>>
{
    public async ValueTask<IReadOnlyList<OrganisationSummary>> Handle(
        ListOrganisationsQuery query, CancellationToken cancellationToken) =>
        await OrganisationProjection.Project(db, db.Organisations.AsNoTracking()
                .Where(o => query.IncludeVillages || (o.Kind != Domain.Organisations.OrganisationKind.Village && o.Kind != Domain.Organisations.OrganisationKind.Community)))
            .ToListAsync(cancellationToken);
}

internal static class OrganisationProjection
{
    public static IQueryable<OrganisationSummary> Project(IAppDbContext db, IQueryable<Domain.Organisations.Organisation> organisations) =>
        from o in organisations
        from s in db.Organisations.Where(s => s.Id == o.SuccessorId).DefaultIfEmpty()
        orderby o.Kind, o.SortOrder, o.Id
        select new OrganisationSummary(
            o.Id, o.Slug, o.Name, o.Kind, o.IndexCode, o.TownshipType, o.StatisticalCode, o.ValidFrom, o.ValidTo,
            o.IsInferred, o.SourceNote, s == null ? null : s.Name, s == null ? null : s.Slug, o.Address, o.Phone,
            o.OfficeHours)
        {
            MergedOn = o.MergedOn,
            ParentId = o.ParentId,
        };
}
