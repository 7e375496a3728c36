using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>The public 征求意见 list: the county's, or one unit's (<see cref="OrganisationId"/>), newest first.</summary>
public sealed record ListPublicConsultationsQuery(int? OrganisationId = null, bool OpenOnly = false, int Take = 200)
    : IQuery<IReadOnlyList<ConsultationRow>>;

public sealed class ListPublicConsultationsHandler(IAppDbContext db, TimeProvider time)
    : IQueryHandler<ListPublicConsultationsQuery, IReadOnlyList<ConsultationRow>>
{
    public async ValueTask<IReadOnlyList<ConsultationRow>> Handle(ListPublicConsultationsQuery query, CancellationToken cancellationToken)
    {
        var today = Domain.Common.ChinaTime.Today(time);
        return await db.Consultations.AsNoTracking()
            .Where(c => c.Status == ConsultationStatus.Published)
            .Where(c => query.OrganisationId == null || c.OrganisationId == query.OrganisationId)
            .Where(c => !query.OpenOnly || (c.OpensOn <= today && today <= c.ClosesOn))
            .OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id)
            .Take(Math.Clamp(query.Take, 1, 500))
            .Select(c => new ConsultationRow(
                c.Id,
                c.Title,
                c.OrganisationId,
                db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(),
                c.OpensOn,
                c.ClosesOn,
                c.Status,
                c.FeedbackStatus,
                0,
                c.PublishedAt))
            .ToListAsync(cancellationToken);
    }
}
