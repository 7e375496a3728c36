using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Portal;

/// <summary>Every column, ordered for display (parents before children, then by sort order).</summary>
public sealed record GetColumnTreeQuery : IQuery<IReadOnlyList<ColumnNode>>;

/// <remarks>
/// Every public page shows the tree (navigation, breadcrumb), so it is kept in <see cref="IPublicReadCache"/> and read
/// again only after public content changed (renaming or adding a column is such a change).
/// </remarks>
public sealed class GetColumnTreeHandler(IAppDbContext db, IPublicReadCache cache) : IQueryHandler<GetColumnTreeQuery, IReadOnlyList<ColumnNode>>
{
    public const string CacheKey = "column-tree";

    public async ValueTask<IReadOnlyList<ColumnNode>> Handle(GetColumnTreeQuery query, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync<IReadOnlyList<ColumnNode>>(CacheKey, async ct => await db.Columns.AsNoTracking()
            .OrderBy(c => c.Depth).ThenBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new ColumnNode(
                c.Id, c.ParentId, c.Path, c.Name, c.Kind, c.Depth, c.SortOrder, c.Description, c.LegalBasis, c.AcceptsDocuments))
            .ToListAsync(ct), cancellationToken);
}
