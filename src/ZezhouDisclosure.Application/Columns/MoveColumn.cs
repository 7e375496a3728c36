using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Columns;

namespace ZezhouDisclosure.Application.Columns;

/// <summary>
/// An administrator moves a column (移动栏目): under another parent (its path and its descendants' paths change; the
/// old addresses are kept and redirect with 301) or, under the same parent, to another place in the order. Statutory
/// columns may only be reordered (<see cref="Column.IsStatutory"/>).
/// </summary>
public sealed record MoveColumnCommand(int Id, int Version, int? ParentId, int SortOrder) : ICommand;

public sealed class MoveColumnValidator : AbstractValidator<MoveColumnCommand>
{
    public MoveColumnValidator()
    {
        RuleFor(x => x.ParentId).NotNull().WithMessage("请选择上级栏目。");
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 10_000).WithMessage("排序号应在0至10000之间。");
    }
}

public sealed class MoveColumnHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<MoveColumnCommand>
{
    public async ValueTask<Unit> Handle(MoveColumnCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ReferenceData.Manage, "只有管理员可以移动栏目。");
        var all = await db.Columns.ToListAsync(cancellationToken);
        var column = all.FirstOrDefault(c => c.Id == command.Id) ?? throw new NotFoundException("栏目不存在。");
        var parent = all.FirstOrDefault(c => c.Id == command.ParentId) ?? throw new NotFoundException("上级栏目不存在。");
        db.ExpectVersion(column, command.Version);
        var from = column.Path;

        var moved = column.MoveUnder(parent, command.SortOrder, all);

        var now = time.GetUtcNow().UtcDateTime;
        var newPaths = moved.Select(m => m.Column.Path).ToList();
        var oldPaths = moved.Select(m => m.FormerPath).ToList();

        // A path is recorded once: the latest column to leave it (or a column now living there) replaces an older record.
        db.ColumnFormerPaths.RemoveRange(await db.ColumnFormerPaths
            .Where(f => newPaths.Contains(f.Path) || oldPaths.Contains(f.Path)).ToListAsync(cancellationToken));
        foreach (var (movedColumn, formerPath) in moved)
        {
            db.ColumnFormerPaths.Add(new ColumnFormerPath(movedColumn.Id, formerPath, now));
        }

        var id = column.Id.ToString(CultureInfo.InvariantCulture);
        db.Audit(ColumnAuditActions.Move, "Column", id, null, moved.Count == 0
            ? $"调整栏目排序 {column.Path}：{column.Name}，排序号 {column.SortOrder}"
            : $"移动栏目 {column.Name}：/{from} → /{column.Path}（含下级栏目共 {moved.Count} 个，旧地址永久重定向）");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
