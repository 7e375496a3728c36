using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.NewMedia;

namespace ZezhouDisclosure.Application.NewMedia;

/// <summary>
/// A clerk changes what is registered about a running account of the unit (a new name, another responsible person, the
/// office that uses it, a corrected ID …). What changed goes into the audit trail, which the account page shows as its
/// history. The same platform ID as another account is refused, as at registration.
/// </summary>
public sealed record EditNewMediaAccountCommand(
    int Id, int Version, NewMediaPlatform Platform, string? Name, string? AccountId, string? ResponsiblePerson, DateOnly? OpenedOn,
    string? Approval, string? Applicant, string? Operator) : ICommand;

public sealed class EditNewMediaAccountValidator : AbstractValidator<EditNewMediaAccountCommand>
{
    public EditNewMediaAccountValidator()
    {
        RuleFor(c => c.Platform).IsInEnum().WithMessage("请选择平台。");
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写账号名称。").MaximumLength(DataLimits.Name);
        RuleFor(c => c.AccountId).NotEmpty().WithMessage("请填写账号ID。").MaximumLength(DataLimits.ShortText);
        RuleFor(c => c.ResponsiblePerson).NotEmpty().WithMessage("请填写负责人。").MaximumLength(DataLimits.ShortText);
        RuleFor(c => c.OpenedOn).NotNull().WithMessage("请填写开办日期。");
        RuleFor(c => c.Approval).MaximumLength(DataLimits.Name);
        RuleFor(c => c.Applicant).MaximumLength(DataLimits.ShortText);
        RuleFor(c => c.Operator).MaximumLength(DataLimits.ShortText);
    }
}

public sealed class EditNewMediaAccountHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<EditNewMediaAccountCommand>
{
    public async ValueTask<Unit> Handle(EditNewMediaAccountCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.NewMedia.Manage, "只有信息员可以修改本单位的政务新媒体账号。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var account = await db.OwnRunningAccountAsync(organisationId, command.Id, command.Version, "修改", cancellationToken);
        var accountId = command.AccountId!.Trim();
        // The registry is public: every unit's accounts are visible, so the duplicate check sees them all.
        var duplicate = await db.NewMediaAccounts.AsNoTracking()
            .Where(a => a.Id != account.Id && a.Platform == command.Platform && a.AccountId == accountId)
            .Join(db.Organisations, a => a.OrganisationId, o => o.Id, (a, o) => new { a.Name, Organisation = o.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (duplicate is not null)
        {
            throw new ValidationException([new ValidationFailure(
                nameof(command.AccountId),
                $"该{NewMediaLabels.Of(command.Platform)}账号ID已登记（{duplicate.Organisation}“{duplicate.Name}”），不能重复登记。")]);
        }

        var changes = Fields.Apply(string.Empty, () => account.Edit(
            new NewMediaAccountDetails(
                command.Platform, command.Name!, accountId, command.ResponsiblePerson!, command.OpenedOn!.Value, command.Approval,
                command.Applicant, command.Operator),
            ChinaTime.Today(time)));
        db.Audit(NewMediaAuditActions.Edit, nameof(NewMediaAccount), Fields.Id(account.Id), organisationId,
            $"修改政务新媒体账号“{account.Name}”：{string.Join("；", changes)}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
