using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Columns;

namespace ZezhouDisclosure.Application.Portal;

/// <summary>What the home page shows: the latest information, the latest policy documents and totals.</summary>
public sealed record GetHomePageQuery : IQuery<HomePage>;

public sealed record HomePage(
    IReadOnlyList<PublicDocumentRow> Latest,
    IReadOnlyList<PublicDocumentRow> LatestPolicies,
    int PublishedCount,
    int OrganisationCount);

public sealed class GetHomePageHandler(IAppDbContext db, ISender sender, IPublicReadCache cache) : IQueryHandler<GetHomePageQuery, HomePage>
{
    public async ValueTask<HomePage> Handle(GetHomePageQuery query, CancellationToken cancellationToken)
    {
        var latest = await sender.Send(new ListPublishedDocumentsQuery(null, null, 1, 10), cancellationToken);
        var policies = await sender.Send(new ListPublishedDocumentsQuery(ColumnPaths.PolicyDocuments, null, 1, 6), cancellationToken);
        var published = latest.TotalCount;
        var organisations = await cache.GetOrCreateAsync(
            "organisation-count", ct => db.Organisations.CountAsync(o => o.ValidTo == null, ct), cancellationToken);
        return new HomePage(latest.Items, policies.Items, published, organisations);
    }
}
