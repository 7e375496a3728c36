using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.NewMedia;

namespace ZezhouDisclosure.Application.NewMedia;

/// <summary>
/// The monthly check of one account (by its unit's clerk or the county office): last post date, interactions, problems
/// and 整改. One per account and month.
/// </summary>
public sealed record RecordNewMediaCheckCommand(
    int AccountId, int Year, int Month, DateOnly? LastPostOn, int InteractionsReceived, int InteractionsAnswered, string? Problems, string? Rectification)
    : ICommand<int>;

public sealed class RecordNewMediaCheckValidator : AbstractValidator<RecordNewMediaCheckCommand>
{
    public RecordNewMediaCheckValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100).WithMessage("检查年度无效。");
        RuleFor(c => c.Month).InclusiveBetween(1, 12).WithMessage("检查月份无效。");
        RuleFor(c => c.InteractionsReceived).GreaterThanOrEqualTo(0).WithMessage("互动数量不能为负数。");
        RuleFor(c => c.InteractionsAnswered).GreaterThanOrEqualTo(0).WithMessage("互动数量不能为负数。")
            .LessThanOrEqualTo(c => c.InteractionsReceived).WithMessage("已回应的互动不能多于收到的互动。");
        RuleFor(c => c.Problems).MaximumLength(DataLimits.Reason);
        RuleFor(c => c.Rectification).MaximumLength(DataLimits.Reason)
            .NotEmpty().WithMessage("发现问题的，请填写整改情况。").When(c => !string.IsNullOrWhiteSpace(c.Problems));
    }
}

public sealed class RecordNewMediaCheckHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<RecordNewMediaCheckCommand, int>
{
    public async ValueTask<int> Handle(RecordNewMediaCheckCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.NewMedia.Check, "没有登记新媒体检查的权限。");
        var account = await db.NewMediaAccounts.FirstOrDefaultAsync(a => a.Id == command.AccountId, cancellationToken) ?? throw new NotFoundException();
        if (!currentUser.IsCountyWide() && !currentUser.OrganisationIds.Contains(account.OrganisationId))
        {
            throw new ForbiddenException("只能检查本单位的账号。");
        }

        var month = new DateOnly(command.Year, command.Month, 1);
        if (await db.NewMediaChecks.AnyAsync(c => c.NewMediaAccountId == account.Id && c.Month == month, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Month), $"{command.Year}年{command.Month}月已登记过检查。")]);
        }

        var check = Fields.Apply(nameof(command.LastPostOn), () => new NewMediaCheck(
            account, month, ChinaTime.Today(time), command.LastPostOn, command.InteractionsReceived, command.InteractionsAnswered,
            command.Problems, command.Rectification));
        account.Record(check);
        db.NewMediaChecks.Add(check);
        db.Audit(NewMediaAuditActions.Check, nameof(NewMediaAccount), Fields.Id(account.Id), account.OrganisationId,
            $"登记“{account.Name}”{command.Year}年{command.Month}月检查" + (check.WasStale ? "（两周以上未更新）" : ""));
        await db.SaveChangesAsync(cancellationToken);
        return check.Id;
    }
}
