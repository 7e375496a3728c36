using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>不予受理 (spam, abuse, nothing to answer): the county office's triage, with a reason the citizen reads.</summary>
public sealed record RejectMessageCommand(int Id, int Version, string? Reason) : ICommand;

public sealed class RejectMessageValidator : AbstractValidator<RejectMessageCommand>
{
    public RejectMessageValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写不予受理的理由。")
            .MaximumLength(DataLimits.Summary).WithMessage($"理由不能超过 {DataLimits.Summary} 个字。");
}

public sealed class RejectMessageHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<RejectMessageCommand>
{
    public async ValueTask<Unit> Handle(RejectMessageCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Interactions.Triage, "只有县政务公开办可以处理无效留言。");
        var message = await MessageAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        MessageAccess.ExpectVersion(db, message, command.Version);
        message.Reject(command.Reason!, ChinaTime.Today(time));
        db.Audit(InteractionAuditActions.Reject, "CitizenMessage", message.Id.ToString(CultureInfo.InvariantCulture), message.OrganisationId,
            $"留言 {message.Number} 不予受理：{message.RejectionReason}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
