using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>A clerk saves the working copy of a draft or returned item (the public keeps the published guide).</summary>
public sealed record UpdateServiceItemCommand(int Id, int Version, ServiceGuide Guide) : ICommand;

public sealed class UpdateServiceItemHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<UpdateServiceItemCommand>
{
    public async ValueTask<Unit> Handle(UpdateServiceItemCommand command, CancellationToken cancellationToken)
    {
        var item = await ServiceItemAccess.ClerkItemAsync(db, currentUser, command.Id, cancellationToken);
        if (!item.IsEditable)
        {
            throw new ConflictException("该办事指南已提交审核或已发布，请先撤回提交或开始修订。");
        }

        ServiceItemAccess.EnsureValid(command.Guide);
        db.ExpectVersion(item, command.Version);
        item.Edit(command.Guide);
        db.Audit(ServiceItemAuditActions.Update, nameof(ServiceItem), CreateServiceItemHandler.Id(item), item.OrganisationId, $"修改政务服务事项《{item.Name}》");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
