using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>The county office approves an answered message for the public 答复 list (only with the citizen's consent).</summary>
public sealed record PublishMessageCommand(int Id, int Version) : ICommand;

public sealed class PublishMessageHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<PublishMessageCommand>
{
    public async ValueTask<Unit> Handle(PublishMessageCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Interactions.Triage, "只有县政务公开办可以公开答复。");
        var message = await MessageAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        MessageAccess.ExpectVersion(db, message, command.Version);
        message.Publish(time.GetUtcNow().UtcDateTime);
        db.Audit(InteractionAuditActions.Publish, "CitizenMessage", message.Id.ToString(CultureInfo.InvariantCulture), message.OrganisationId,
            $"公开留言 {message.Number} 的答复");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
