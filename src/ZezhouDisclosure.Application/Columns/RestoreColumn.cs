using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Columns;

/// <summary>
/// An administrator brings a retired column back (恢复启用栏目): it returns to the navigation and to the filing choices at
/// the address it kept while retired. A column under a retired parent waits for the parent.
/// </summary>
public sealed record RestoreColumnCommand(int Id, int Version) : ICommand;

public sealed class RestoreColumnHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RestoreColumnCommand>
{
    public async ValueTask<Unit> Handle(RestoreColumnCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ReferenceData.Manage, "只有管理员可以恢复栏目。");
        var all = await db.Columns.ToListAsync(cancellationToken);
        var column = all.FirstOrDefault(c => c.Id == command.Id) ?? throw new NotFoundException("栏目不存在。");
        db.ExpectVersion(column, command.Version);

        column.Restore(all);

        db.Audit(ColumnAuditActions.Restore, "Column", column.Id.ToString(CultureInfo.InvariantCulture), null,
            $"恢复启用栏目 {column.Path}：{column.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
