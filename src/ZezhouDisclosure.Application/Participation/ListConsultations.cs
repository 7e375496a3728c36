using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// The back-office list of 征求意见: a unit's own (clerk, unit head), or every unit's for the county office; newest
/// first, with the comments awaiting moderation. The organisation-scope filter decides what a user sees.
/// </summary>
public sealed record ListConsultationsQuery : IQuery<IReadOnlyList<ConsultationRow>>;

public sealed class ListConsultationsHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListConsultationsQuery, IReadOnlyList<ConsultationRow>>
{
    public async ValueTask<IReadOnlyList<ConsultationRow>> Handle(ListConsultationsQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.View, "没有查看公众参与的权限。");
        var countyWide = currentUser.IsCountyWide();
        var own = currentUser.OrganisationIds;
        return await db.Consultations
            .Where(c => countyWide || own.Contains(c.OrganisationId))
            .OrderByDescending(c => c.Id)
            .Take(500)
            .Select(c => new ConsultationRow(
                c.Id,
                c.Title,
                c.OrganisationId,
                db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(),
                c.OpensOn,
                c.ClosesOn,
                c.Status,
                c.FeedbackStatus,
                db.ConsultationComments.Count(m => m.ConsultationId == c.Id && m.Status == CommentStatus.Pending),
                c.PublishedAt))
            .ToListAsync(cancellationToken);
    }
}
