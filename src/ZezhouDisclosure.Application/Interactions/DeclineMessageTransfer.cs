using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>The county office keeps a case with the unit that asked to transfer it (the reason for keeping it is audited).</summary>
public sealed record DeclineMessageTransferCommand(int Id, int Version, string? Note) : ICommand;

public sealed class DeclineMessageTransferValidator : AbstractValidator<DeclineMessageTransferCommand>
{
    public DeclineMessageTransferValidator() =>
        RuleFor(x => x.Note).NotEmpty().WithMessage("请填写不予转办的理由。")
            .MaximumLength(DataLimits.Summary).WithMessage($"理由不能超过 {DataLimits.Summary} 个字。");
}

public sealed class DeclineMessageTransferHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<DeclineMessageTransferCommand>
{
    public async ValueTask<Unit> Handle(DeclineMessageTransferCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Interactions.Triage, "只有县政务公开办可以处理转办申请。");
        var message = await MessageAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        MessageAccess.ExpectVersion(db, message, command.Version);
        message.DeclineTransfer();
        db.Audit(InteractionAuditActions.DeclineTransfer, "CitizenMessage", message.Id.ToString(CultureInfo.InvariantCulture), message.OrganisationId,
            $"留言 {message.Number} 不予转办，仍由原单位办理：{command.Note!.Trim()}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
