using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>The citizen's full name and contact details, for the person answering; every reveal is audited.</summary>
public sealed record RevealMessageContactCommand(int Id) : ICommand<MessageContactView>;

public sealed record MessageContactView(string? Name, string? Phone, string? Email);

public sealed class RevealMessageContactHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RevealMessageContactCommand, MessageContactView>
{
    public async ValueTask<MessageContactView> Handle(RevealMessageContactCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Interactions.Answer, "没有查看留言人联系方式的权限。");
        var message = await MessageAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        db.Audit(InteractionAuditActions.RevealContact, "CitizenMessage", message.Id.ToString(CultureInfo.InvariantCulture), message.OrganisationId,
            $"查看留言 {message.Number} 的留言人联系方式");
        await db.SaveChangesAsync(cancellationToken);
        return new MessageContactView(message.Name, message.Phone, message.Email);
    }
}
