using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Users;

/// <summary>An administrator disables or re-enables a staff account; disabling ends its sessions.</summary>
public sealed record SetUserAccountEnabledCommand(string UserId, bool Enabled) : ICommand;

public sealed class SetUserAccountEnabledHandler(IUserAccounts accounts, IAppDbContext db, ICurrentUser currentUser)
    : ICommandHandler<SetUserAccountEnabledCommand>
{
    public async ValueTask<Unit> Handle(SetUserAccountEnabledCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Accounts.Manage, "只有管理员可以执行此操作。");
        if (command.UserId == currentUser.UserId && !command.Enabled)
        {
            throw new ConflictException("不能停用自己的账号。");
        }

        if (!await accounts.SetEnabledAsync(command.UserId, command.Enabled, cancellationToken))
        {
            throw new NotFoundException("账号不存在。");
        }

        db.Audit(command.Enabled ? UserAuditActions.Enable : UserAuditActions.Disable, "User", command.UserId, null, command.Enabled ? "启用账号" : "停用账号");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
