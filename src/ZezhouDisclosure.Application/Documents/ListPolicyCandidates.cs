using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>Policy documents a clerk's 解读 may explain: their organisation's own, and the latest published ones.</summary>
public sealed record ListPolicyCandidatesQuery : IQuery<IReadOnlyList<(int Id, string Title)>>;

public sealed class ListPolicyCandidatesHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<ListPolicyCandidatesQuery, IReadOnlyList<(int Id, string Title)>>
{
    public async ValueTask<IReadOnlyList<(int Id, string Title)>> Handle(ListPolicyCandidatesQuery query, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var policyColumns = db.Columns.Where(c => c.Kind == ColumnKind.PolicyDocuments).Select(c => c.Id);
        var rows = await db.Documents.AsNoTracking()
            .Where(d => (policyColumns.Contains(d.ColumnId) || d.IsPolicy || d.IsNormative) && (d.OrganisationId == organisationId || d.Status == DocumentStatus.Published))
            .OrderByDescending(d => d.OrganisationId == organisationId).ThenByDescending(d => d.Id)
            .Take(100)
            .Select(d => new { d.Id, d.Title, d.DocumentNumber })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.DocumentNumber is null ? r.Title : $"{r.Title}（{r.DocumentNumber}）")).ToList();
    }
}
