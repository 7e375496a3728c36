using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Portal;

/// <summary>Every column, ordered for display (parents before children, then by sort order).</summary>
public sealed record GetColumnTreeQuery : IQuery<IReadOnlyList<ColumnNode>>;

/// <remarks>
/// The handler lives as long as the request (scoped), so the tree is read once per request however many parts of the
/// page (controller, breadcrumb, side navigation) ask for it.
/// </remarks>
public sealed class GetColumnTreeHandler(IAppDbContext db) : IQueryHandler<GetColumnTreeQuery, IReadOnlyList<ColumnNode>>
{
    private IReadOnlyList<ColumnNode>? tree;

    public async ValueTask<IReadOnlyList<ColumnNode>> Handle(GetColumnTreeQuery query, CancellationToken cancellationToken) =>
        tree ??= await db.Columns.AsNoTracking()
            .OrderBy(c => c.Depth).ThenBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new ColumnNode(
                c.Id, c.ParentId, c.Path, c.Name, c.Kind, c.Depth, c.SortOrder, c.Description, c.LegalBasis, c.AcceptsDocuments))
            .ToListAsync(cancellationToken);
}
