using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>
/// 提交审核 with the 修改说明 (required when revising a published item): to the unit head when the unit requires its own
/// sign-off, else to the county office.
/// </summary>
public sealed record SubmitServiceItemCommand(int Id, int Version, string? ChangeNote) : ICommand;

public sealed class SubmitServiceItemHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<SubmitServiceItemCommand>
{
    public async ValueTask<Unit> Handle(SubmitServiceItemCommand command, CancellationToken cancellationToken)
    {
        var item = await ServiceItemAccess.ClerkItemAsync(db, currentUser, command.Id, cancellationToken);
        if (!item.IsEditable)
        {
            throw new ConflictException("该办事指南已提交审核或已发布。");
        }

        db.ExpectVersion(item, command.Version);
        var organisation = await db.Organisations.FirstAsync(o => o.Id == item.OrganisationId, cancellationToken);
        ServiceItemAccess.OnField(nameof(SubmitServiceItemCommand.ChangeNote), () =>
            item.Submit(time.GetUtcNow().UtcDateTime, currentUser.UserName, organisation.RequiresUnitSignOff, command.ChangeNote));
        db.Audit(
            ServiceItemAuditActions.Submit,
            nameof(ServiceItem),
            CreateServiceItemHandler.Id(item),
            item.OrganisationId,
            item.Status == ServiceItemStatus.AwaitingUnitApproval ? $"提交单位审核《{item.Name}》" : $"提交审核《{item.Name}》");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
