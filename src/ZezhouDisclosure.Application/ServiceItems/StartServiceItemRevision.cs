using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>修订: a published item gets a working copy again; the public keeps the published guide until the next approval.</summary>
public sealed record StartServiceItemRevisionCommand(int Id, int Version) : ICommand;

public sealed class StartServiceItemRevisionHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<StartServiceItemRevisionCommand>
{
    public async ValueTask<Unit> Handle(StartServiceItemRevisionCommand command, CancellationToken cancellationToken)
    {
        var item = await ServiceItemAccess.ClerkItemAsync(db, currentUser, command.Id, cancellationToken);
        if (!item.CanStartRevision())
        {
            throw new ConflictException("该办事指南正在修订或审核中。");
        }

        db.ExpectVersion(item, command.Version);
        item.StartRevision();
        db.Audit(ServiceItemAuditActions.StartRevision, nameof(Domain.ServiceItems.ServiceItem), CreateServiceItemHandler.Id(item), item.OrganisationId, $"开始修订《{item.Name}》");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
