using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>
/// 申请转办 by the unit holding a case that is not its business: recorded on the case with the reason; the county
/// office then transfers it (one case, one clock, the move recorded) or keeps it with the unit. Only the holding
/// unit's staff can ask: another unit's case is outside their scope (404).
/// </summary>
public sealed record RequestMessageTransferCommand(int Id, int Version, string? Reason) : ICommand;

public sealed class RequestMessageTransferValidator : AbstractValidator<RequestMessageTransferCommand>
{
    public RequestMessageTransferValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写申请转办的理由。")
            .MaximumLength(DataLimits.Summary).WithMessage($"申请转办的理由不能超过 {DataLimits.Summary} 个字。");
}

public sealed class RequestMessageTransferHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<RequestMessageTransferCommand>
{
    public async ValueTask<Unit> Handle(RequestMessageTransferCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Interactions.Answer, "没有办理留言的权限。");
        if (currentUser.Has(Permissions.Interactions.Triage))
        {
            throw new ForbiddenException("县政务公开办可以直接转办，无需申请。");
        }

        var message = await MessageAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        MessageAccess.ExpectVersion(db, message, command.Version);
        message.RequestTransfer(command.Reason!, time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(InteractionAuditActions.RequestTransfer, "CitizenMessage", message.Id.ToString(CultureInfo.InvariantCulture), message.OrganisationId,
            $"申请转办留言 {message.Number}：{message.TransferRequestReason}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
