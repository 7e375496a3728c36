using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// Annual report table 三 for one year: a clerk gets their own organisation's; the county office one organisation's
/// or, with no organisation, the whole county's.
/// </summary>
public sealed record GetRequestFiguresQuery(int Year, int? OrganisationId) : IQuery<RequestFiguresReport>;

public sealed record RequestFiguresReport(int Year, string Scope, RequestFigures Figures, IReadOnlyList<string> CrossCheckProblems);

public sealed class GetRequestFiguresHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetRequestFiguresQuery, RequestFiguresReport>
{
    public async ValueTask<RequestFiguresReport> Handle(GetRequestFiguresQuery query, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.IsCountyWide() ? query.OrganisationId : currentUser.RequireClerkOrganisation();
        var figures = await ComputeAsync(db, organisationId, query.Year, cancellationToken);
        var scope = organisationId is int id
            ? await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? "—"
            : "全县";
        return new RequestFiguresReport(query.Year, scope, figures, figures.CrossCheck());
    }

    /// <summary>Table 三 of one organisation (or, with null, the county) from the register; also used by the annual report.</summary>
    internal static async Task<RequestFigures> ComputeAsync(IAppDbContext db, int? organisationId, int year, CancellationToken cancellationToken)
    {
        var rows = await db.DisclosureRequests.AsNoTracking()
            .Where(r => organisationId == null || r.OrganisationId == organisationId)
            .Select(r => new { r.ApplicantType, r.ReceivedOn, r.ClosedOn, r.Outcome, Transferred = r.Status == RequestStatus.Transferred })
            .ToListAsync(cancellationToken);
        return RequestFigures.Compute(
            year, rows.Select(r => new RequestFigureInput(r.ApplicantType, r.ReceivedOn, r.ClosedOn, r.Outcome, r.Transferred)));
    }
}
