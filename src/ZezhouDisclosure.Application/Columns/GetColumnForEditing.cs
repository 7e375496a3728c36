using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.Columns;

/// <summary>A column's editable fields, with its path (which never changes).</summary>
public sealed record GetColumnForEditingQuery(int Id) : IQuery<(string Path, UpdateColumnCommand Column)>;

public sealed class GetColumnForEditingHandler(IAppDbContext db) : IQueryHandler<GetColumnForEditingQuery, (string Path, UpdateColumnCommand Column)>
{
    public async ValueTask<(string Path, UpdateColumnCommand Column)> Handle(GetColumnForEditingQuery query, CancellationToken cancellationToken)
    {
        var column = await db.Columns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("栏目不存在。");
        return (column.Path, new UpdateColumnCommand(column.Id, column.Version, column.Name, column.Description, column.LegalBasis, column.SortOrder));
    }
}
