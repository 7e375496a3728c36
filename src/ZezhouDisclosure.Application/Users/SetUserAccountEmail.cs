using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Users;

/// <summary>
/// Sets or clears a staff account's notification address (通知邮箱), to which the case notifications of its unit go:
/// an administrator for any account (<see cref="UserId"/> given), or a signed-in staff member for their own
/// (<see cref="UserId"/> null). Audited with the address masked.
/// </summary>
public sealed record SetUserAccountEmailCommand(string? UserId, string? Email) : ICommand;

public sealed class SetUserAccountEmailValidator : AbstractValidator<SetUserAccountEmailCommand>
{
    public SetUserAccountEmailValidator() => RuleFor(x => x.Email).StaffEmail();
}

public sealed class SetUserAccountEmailHandler(IUserAccounts accounts, IAppDbContext db, ICurrentUser currentUser)
    : ICommandHandler<SetUserAccountEmailCommand>
{
    public async ValueTask<Unit> Handle(SetUserAccountEmailCommand command, CancellationToken cancellationToken)
    {
        string userId;
        if (command.UserId is null)
        {
            userId = currentUser.UserId ?? throw new ForbiddenException("请先登录。");
        }
        else
        {
            currentUser.Require(Permissions.Accounts.Manage, "只有管理员可以修改他人的通知邮箱。");
            userId = command.UserId;
        }

        var email = StaffEmailRules.Normalise(command.Email);
        if (!await accounts.SetEmailAsync(userId, email, cancellationToken))
        {
            throw new NotFoundException("账号不存在。");
        }

        db.Audit(UserAuditActions.ChangeEmail, "User", userId, null,
            email is null ? "清除通知邮箱" : $"通知邮箱改为 {PersonalDataMasking.Email(email)}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
