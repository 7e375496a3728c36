using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Columns;

/// <summary>
/// An administrator retires a column (停用栏目) from today (Beijing): it leaves the navigation and takes no new
/// documents; its page and its documents stay readable at their addresses. Statutory columns cannot be retired.
/// </summary>
public sealed record RetireColumnCommand(int Id, int Version) : ICommand;

public sealed class RetireColumnHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<RetireColumnCommand>
{
    public async ValueTask<Unit> Handle(RetireColumnCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ReferenceData.Manage, "只有管理员可以停用栏目。");
        var all = await db.Columns.ToListAsync(cancellationToken);
        var column = all.FirstOrDefault(c => c.Id == command.Id) ?? throw new NotFoundException("栏目不存在。");
        db.ExpectVersion(column, command.Version);

        column.Retire(ChinaTime.Today(time), all);

        db.Audit(ColumnAuditActions.Retire, "Column", column.Id.ToString(CultureInfo.InvariantCulture), null,
            $"停用栏目 {column.Path}：{column.Name}（页面和已发布信息保留原地址）");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
