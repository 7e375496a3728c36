using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Users;

/// <summary>
/// An administrator changes a staff account's role (and, for a clerk, its organisation). The account's open sessions
/// end at once: its next request signs in again with the new permissions.
/// </summary>
public sealed record SetUserAccountRoleCommand(string UserId, string? Role, int? OrganisationId) : ICommand;

public sealed class SetUserAccountRoleValidator : AbstractValidator<SetUserAccountRoleCommand>
{
    public SetUserAccountRoleValidator(IAppDbContext db)
    {
        RuleFor(x => x.Role).Must(r => r is not null && Roles.All.Contains(r)).WithMessage("请选择角色。");
        RuleFor(x => x.OrganisationId)
            .NotNull().When(x => x.Role == Roles.Clerk).WithMessage("信息员必须绑定所属单位。");
        RuleFor(x => x.OrganisationId)
            .MustAsync(async (id, ct) => id is null || await db.Organisations.AnyAsync(o => o.Id == id && o.ValidTo == null, ct))
            .WithMessage("所属单位无效或已撤销。");
    }
}

public sealed class SetUserAccountRoleHandler(IUserAccounts accounts, IAppDbContext db, ICurrentUser currentUser)
    : ICommandHandler<SetUserAccountRoleCommand>
{
    public async ValueTask<Unit> Handle(SetUserAccountRoleCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Accounts.Manage, "只有管理员可以执行此操作。");
        if (command.UserId == currentUser.UserId)
        {
            throw new ConflictException("不能修改自己的角色。");
        }

        var organisationId = command.Role == Roles.Clerk ? command.OrganisationId : null;
        if (!await accounts.SetRoleAsync(command.UserId, command.Role!, organisationId, cancellationToken))
        {
            throw new NotFoundException("账号不存在。");
        }

        db.Audit(UserAuditActions.ChangeRole, "User", command.UserId, organisationId, $"角色改为{Roles.DisplayName(command.Role!)}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
