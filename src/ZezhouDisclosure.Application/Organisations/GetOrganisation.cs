using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>One organisation by its URL slug.</summary>
public sealed record GetOrganisationQuery(string Slug) : IQuery<OrganisationSummary>;

public sealed class GetOrganisationHandler(IAppDbContext db) : IQueryHandler<GetOrganisationQuery, OrganisationSummary>
{
    public async ValueTask<OrganisationSummary> Handle(GetOrganisationQuery query, CancellationToken cancellationToken) =>
        await OrganisationProjection.Project(db, db.Organisations.AsNoTracking().Where(o => o.Slug == query.Slug))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("您访问的单位不存在。");
}
