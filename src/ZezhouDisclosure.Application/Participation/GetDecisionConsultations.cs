using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Persistence;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>The published 征求意见 whose decision (决策结果) is the given document: the back-link on the document's page.</summary>
public sealed record GetDecisionConsultationsQuery(int DocumentId) : IQuery<IReadOnlyList<LinkedItem>>;

/// <remarks>
/// Every document page asks, and few documents are decisions of a consultation: the links of all published
/// consultations (a county holds tens a year) are kept in <see cref="IPublicReadCache"/>, which a saved consultation
/// empties (<see cref="ConsultationContentSource"/>), so a document page runs no command for them (issue 19).
/// </remarks>
public sealed class GetDecisionConsultationsHandler(IAppDbContext db, IPublicReadCache cache)
    : IQueryHandler<GetDecisionConsultationsQuery, IReadOnlyList<LinkedItem>>
{
    private const string Key = "decision-consultations";

    public async ValueTask<IReadOnlyList<LinkedItem>> Handle(GetDecisionConsultationsQuery query, CancellationToken cancellationToken)
    {
        var byDocument = await cache.GetOrCreateAsync<IReadOnlyDictionary<int, IReadOnlyList<LinkedItem>>>(Key, async ct =>
        {
            var links = await db.Consultations.AsNoTracking().PublishedRowsOnly()
                .Where(c => c.DecisionDocumentId != null && c.Status == ConsultationStatus.Published)
                .OrderBy(c => c.Id)
                .Select(c => new { DocumentId = c.DecisionDocumentId!.Value, Item = new LinkedItem(c.Id, c.Title) })
                .ToListAsync(ct);
            return links.GroupBy(l => l.DocumentId).ToDictionary(g => g.Key, g => (IReadOnlyList<LinkedItem>)[.. g.Select(l => l.Item)]);
        }, cancellationToken);
        return byDocument.TryGetValue(query.DocumentId, out var items) ? items : [];
    }
}
