using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>The published 征求意见 whose decision (决策结果) is the given document: the back-link on the document's page.</summary>
public sealed record GetDecisionConsultationsQuery(int DocumentId) : IQuery<IReadOnlyList<LinkedItem>>;

public sealed class GetDecisionConsultationsHandler(IAppDbContext db)
    : IQueryHandler<GetDecisionConsultationsQuery, IReadOnlyList<LinkedItem>>
{
    public async ValueTask<IReadOnlyList<LinkedItem>> Handle(GetDecisionConsultationsQuery query, CancellationToken cancellationToken) =>
        await db.Consultations.AsNoTracking()
            .Where(c => c.DecisionDocumentId == query.DocumentId && c.Status == ConsultationStatus.Published)
            .OrderBy(c => c.Id)
            .Select(c => new LinkedItem(c.Id, c.Title))
            .ToListAsync(cancellationToken);
}
