using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.Columns;

/// <summary>A column's editable fields, with its path, its place in the tree and whether it is locked or retired.</summary>
public sealed record GetColumnForEditingQuery(int Id) : IQuery<ColumnForEditing>;

/// <summary>The column page of 基础数据: the edit form's values and what decides the move and retire forms.</summary>
public sealed record ColumnForEditing(string Path, int? ParentId, bool IsStatutory, DateOnly? RetiredOn, UpdateColumnCommand Column);

public sealed class GetColumnForEditingHandler(IAppDbContext db) : IQueryHandler<GetColumnForEditingQuery, ColumnForEditing>
{
    public async ValueTask<ColumnForEditing> Handle(GetColumnForEditingQuery query, CancellationToken cancellationToken)
    {
        var column = await db.Columns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("栏目不存在。");
        return new ColumnForEditing(column.Path, column.ParentId, column.IsStatutory, column.RetiredOn,
            new UpdateColumnCommand(column.Id, column.Version, column.Name, column.Description, column.LegalBasis, column.SortOrder));
    }
}
