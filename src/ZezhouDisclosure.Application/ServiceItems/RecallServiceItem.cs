using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>撤回提交: the clerk takes a submission back before it is decided.</summary>
public sealed record RecallServiceItemCommand(int Id, int Version) : ICommand;

public sealed class RecallServiceItemHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RecallServiceItemCommand>
{
    public async ValueTask<Unit> Handle(RecallServiceItemCommand command, CancellationToken cancellationToken)
    {
        var item = await ServiceItemAccess.ClerkItemAsync(db, currentUser, command.Id, cancellationToken);
        if (!item.CanRecall())
        {
            throw new ConflictException("该办事指南已审核，不能撤回提交。");
        }

        db.ExpectVersion(item, command.Version);
        item.Recall();
        db.Audit(ServiceItemAuditActions.Recall, nameof(Domain.ServiceItems.ServiceItem), CreateServiceItemHandler.Id(item), item.OrganisationId, $"撤回提交《{item.Name}》");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
