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
        var rows = await db.DisclosureRequests.AsNoTracking()
            .Where(r => organisationId == null || r.OrganisationId == organisationId)
            .Select(r => new { r.ApplicantType, r.ReceivedOn, r.ClosedOn, r.Outcome, Transferred = r.Status == RequestStatus.Transferred })
            .ToListAsync(cancellationToken);
        var figures = RequestFigures.Compute(
            query.Year, rows.Select(r => new RequestFigureInput(r.ApplicantType, r.ReceivedOn, r.ClosedOn, r.Outcome, r.Transferred)));
        var scope = organisationId is int id
            ? await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? "—"
            : "全县";
        return new RequestFiguresReport(query.Year, scope, figures, figures.CrossCheck());
    }
}
