using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>A document's revisions, newest first (access is checked like the document itself).</summary>
public sealed record ListDocumentRevisionsQuery(int DocumentId) : IQuery<IReadOnlyList<RevisionRow>>;

public sealed record RevisionRow(int Number, string Note, DateTime CreatedAt, string CreatedBy, string Title);

public sealed class ListDocumentRevisionsHandler(IAppDbContext db, ISender sender) : IQueryHandler<ListDocumentRevisionsQuery, IReadOnlyList<RevisionRow>>
{
    public async ValueTask<IReadOnlyList<RevisionRow>> Handle(ListDocumentRevisionsQuery query, CancellationToken cancellationToken)
    {
        await sender.Send(new GetStaffDocumentQuery(query.DocumentId), cancellationToken);
        return await db.DocumentRevisions.AsNoTracking()
            .Where(r => r.DocumentId == query.DocumentId)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Number, r.Note, r.CreatedAt, r.CreatedBy, r.Title))
            .ToListAsync(cancellationToken);
    }
}
