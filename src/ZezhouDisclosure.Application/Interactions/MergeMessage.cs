using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>合并: a duplicate is closed into another message (given by its number); its citizen is shown that number.</summary>
public sealed record MergeMessageCommand(int Id, int Version, string? TargetNumber) : ICommand;

public sealed class MergeMessageValidator : AbstractValidator<MergeMessageCommand>
{
    public MergeMessageValidator() =>
        RuleFor(x => x.TargetNumber).Must(n => MessageNumber.IsValid(MessageNumber.Normalise(n)))
            .WithMessage("请填写要合并到的留言编号，如 LY202612020001。");
}

public sealed class MergeMessageHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<MergeMessageCommand>
{
    public async ValueTask<Unit> Handle(MergeMessageCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Interactions.Triage, "只有县政务公开办可以合并留言。");
        var message = await MessageAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        var number = MessageNumber.Normalise(command.TargetNumber);
        var target = await db.CitizenMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Number == number, cancellationToken)
            ?? throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.TargetNumber), "没有找到该编号的留言。")]);
        MessageAccess.ExpectVersion(db, message, command.Version);
        message.MergeInto(target, ChinaTime.Today(time));
        db.Audit(InteractionAuditActions.Merge, "CitizenMessage", message.Id.ToString(CultureInfo.InvariantCulture), message.OrganisationId,
            $"留言 {message.Number} 合并到 {target.Number}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
