using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.NewMedia;

namespace ZezhouDisclosure.Application.NewMedia;

/// <summary>
/// A clerk registers an account of their unit. The same platform ID registered twice (by any unit) is refused; a
/// second account of the unit on one platform is allowed but flagged by the inspector (<see cref="SecondAccountPerPlatformCheck"/>).
/// </summary>
public sealed record RegisterNewMediaAccountCommand(
    NewMediaPlatform Platform, string? Name, string? AccountId, string? ResponsiblePerson, DateOnly? OpenedOn, string? Approval,
    string? Applicant = null, string? Operator = null) : ICommand<int>;

public sealed class RegisterNewMediaAccountValidator : AbstractValidator<RegisterNewMediaAccountCommand>
{
    public RegisterNewMediaAccountValidator()
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

public sealed class RegisterNewMediaAccountHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<RegisterNewMediaAccountCommand, int>
{
    public async ValueTask<int> Handle(RegisterNewMediaAccountCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.NewMedia.Manage, "只有信息员可以登记本单位的政务新媒体账号。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var accountId = command.AccountId!.Trim();
        // The registry is public: every unit's accounts are visible, so the duplicate check sees them all.
        var duplicate = await db.NewMediaAccounts.AsNoTracking()
            .Where(a => a.Platform == command.Platform && a.AccountId == accountId)
            .Join(db.Organisations, a => a.OrganisationId, o => o.Id, (a, o) => new { a.Name, Organisation = o.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (duplicate is not null)
        {
            throw new ValidationException([new ValidationFailure(
                nameof(command.AccountId),
                $"该{NewMediaLabels.Of(command.Platform)}账号ID已登记（{duplicate.Organisation}“{duplicate.Name}”），不能重复登记。")]);
        }

        var today = ChinaTime.Today(time);
        var account = Fields.Apply(nameof(command.OpenedOn), () => new NewMediaAccount(
            organisationId,
            new NewMediaAccountDetails(command.Platform, command.Name!, accountId, command.ResponsiblePerson!, command.OpenedOn!.Value, command.Approval,
                command.Applicant, command.Operator),
            today));
        db.NewMediaAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(NewMediaAuditActions.Register, nameof(NewMediaAccount), Fields.Id(account.Id), organisationId,
            $"登记政务新媒体账号：{NewMediaLabels.Of(account.Platform)}“{account.Name}”");
        await db.SaveChangesAsync(cancellationToken);
        return account.Id;
    }
}

/// <summary>Entity rules shown on a form field rather than as an error page.</summary>
internal static class Fields
{
    public static T Apply<T>(string field, Func<T> rule)
    {
        try
        {
            return rule();
        }
        catch (DomainException ex)
        {
            throw new ValidationException([new ValidationFailure(field, ex.Message)]);
        }
    }

    public static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
