using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Users;

/// <summary>An administrator opens a staff account; a clerk or a unit head is always bound to one organisation.</summary>
public sealed record CreateUserAccountCommand(
    string? UserName, string? DisplayName, string? Password, string? Role, int? OrganisationId, string? Email = null) : ICommand<string>;

public sealed class CreateUserAccountValidator : AbstractValidator<CreateUserAccountCommand>
{
    public CreateUserAccountValidator(IAppDbContext db, IUserAccounts accounts)
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage("请填写登录名。")
            .Matches("^[A-Za-z0-9._-]{3,64}$").WithMessage("登录名为3至64位字母、数字、点、下划线或连字符。")
            .MustAsync(async (name, ct) => string.IsNullOrEmpty(name) || !await accounts.UserNameExistsAsync(name, ct)).WithMessage("该登录名已被使用。");
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage("请填写姓名。").MaximumLength(50).WithMessage("姓名不能超过50个字。");
        RuleFor(x => x.Email).StaffEmail();
        RuleFor(x => x.Password).NotEmpty().WithMessage("请设置初始密码。");
        RuleFor(x => x.Role).Must(r => r is not null && Roles.All.Contains(r)).WithMessage("请选择角色。");
        RuleFor(x => x.OrganisationId)
            .NotNull().When(x => x.Role is not null && Roles.OrganisationBound.Contains(x.Role)).WithMessage(x => $"{Roles.DisplayName(x.Role!)}必须绑定所属单位。");
        RuleFor(x => x.OrganisationId)
            .MustAsync(async (id, ct) => id is null || await db.Organisations.AnyAsync(o => o.Id == id && o.ValidTo == null, ct))
            .WithMessage("所属单位无效或已撤销。");
    }
}

public sealed class CreateUserAccountHandler(IUserAccounts accounts, IAppDbContext db, ICurrentUser currentUser)
    : ICommandHandler<CreateUserAccountCommand, string>
{
    public async ValueTask<string> Handle(CreateUserAccountCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Accounts.Manage, "只有管理员可以执行此操作。");
        var organisationId = Roles.OrganisationBound.Contains(command.Role!) ? command.OrganisationId : null;
        var result = await accounts.CreateAsync(
            new NewUserAccount(command.UserName!, command.DisplayName!.Trim(), command.Password!, command.Role!, organisationId,
                StaffEmailRules.Normalise(command.Email)),
            cancellationToken);
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(nameof(command.Password), e)));
        }

        db.Audit(UserAuditActions.Create, "User", result.UserId!, organisationId, $"创建账号 {command.UserName}（{Roles.DisplayName(command.Role!)}）"
            + (StaffEmailRules.Normalise(command.Email) is { } email ? $"，通知邮箱 {PersonalDataMasking.Email(email)}" : ""));
        await db.SaveChangesAsync(cancellationToken);
        return result.UserId!;
    }
}
