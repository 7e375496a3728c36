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
    public async ValueTask<IReadOnlyList<ColumnNode>> Handle(GetColumnTreeQuery query, CancellationToken cancellationToken) =>
        await PublishedDocumentPages.ColumnTreeAsync(db, cache, cancellationToken);
}
