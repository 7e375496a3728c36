using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>
/// 撤回公开: the county office takes a published answer off the public site (its page, the 答复 lists, search), with a
/// reason kept in the audit log; when the citizen withdrew their consent the answer can never be published again.
/// </summary>
public sealed record WithdrawMessageCommand(int Id, int Version, string? Reason, bool ConsentWithdrawn) : ICommand;

public sealed class WithdrawMessageValidator : AbstractValidator<WithdrawMessageCommand>
{
    public WithdrawMessageValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写撤回公开的理由。")
            .MaximumLength(DataLimits.Summary).WithMessage($"撤回公开的理由不能超过{DataLimits.Summary}个字。");
}

public sealed class WithdrawMessageHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<WithdrawMessageCommand>
{
    public async ValueTask<Unit> Handle(WithdrawMessageCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Interactions.Triage, "只有县政务公开办可以撤回公开的答复。");
        var message = await MessageAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        MessageAccess.ExpectVersion(db, message, command.Version);
        message.Withdraw(command.Reason!, command.ConsentWithdrawn);
        db.Audit(InteractionAuditActions.Withdraw, "CitizenMessage", message.Id.ToString(CultureInfo.InvariantCulture), message.OrganisationId,
            $"撤回公开留言 {message.Number} 的答复{(command.ConsentWithdrawn ? "（留言人撤回公开同意）" : "")}：{command.Reason!.Trim()}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
