using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>The choices a clerk has when drafting: columns that take documents (with their full names) and 主题分类.</summary>
public sealed record GetDocumentFormOptionsQuery : IQuery<DocumentFormOptions>;

public sealed record DocumentFormOptions(IReadOnlyList<(int Id, string Name)> Columns, IReadOnlyList<(int Id, string Name)> Topics)
{
    /// <summary>Organisations that may be named as joint issuers (联合发文).</summary>
    public IReadOnlyList<(int Id, string Name)> Organisations { get; init; } = [];
}

public sealed class GetDocumentFormOptionsHandler(IAppDbContext db) : IQueryHandler<GetDocumentFormOptionsQuery, DocumentFormOptions>
{
    public async ValueTask<DocumentFormOptions> Handle(GetDocumentFormOptionsQuery query, CancellationToken cancellationToken)
    {
        var columns = await db.Columns.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new { c.Id, c.ParentId, c.Name, c.AcceptsDocuments, c.RetiredOn })
            .ToListAsync(cancellationToken);
        var byId = columns.ToDictionary(c => c.Id);
        string FullName(int id)
        {
            var parts = new List<string>();
            for (int? current = id; current is int c && byId.TryGetValue(c, out var column); current = column.ParentId)
            {
                parts.Insert(0, column.Name);
            }

            return string.Join(" › ", parts.Skip(parts.Count > 1 ? 1 : 0));
        }

        var topics = await db.TopicCategories.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.ValidTo == null).OrderBy(o => o.SortOrder).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        return new DocumentFormOptions(
            columns.Where(c => c.AcceptsDocuments && c.RetiredOn == null).Select(c => (c.Id, FullName(c.Id))).ToList(),
            topics.Select(t => (t.Id, t.Name)).ToList())
        {
            Organisations = organisations.Select(o => (o.Id, o.Name)).ToList(),
        };
    }
}
