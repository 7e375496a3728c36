using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Columns;

/// <summary>The current path of the column that was at <paramref name="Path"/> before a move, or null (for a 301).</summary>
public sealed record FindMovedColumnQuery(string Path) : IQuery<string?>;

public sealed class FindMovedColumnHandler(IAppDbContext db) : IQueryHandler<FindMovedColumnQuery, string?>
{
    public async ValueTask<string?> Handle(FindMovedColumnQuery query, CancellationToken cancellationToken) =>
        await (from former in db.ColumnFormerPaths.AsNoTracking()
               join column in db.Columns.AsNoTracking() on former.ColumnId equals column.Id
               where former.Path == query.Path
               select column.Path).FirstOrDefaultAsync(cancellationToken);
}
