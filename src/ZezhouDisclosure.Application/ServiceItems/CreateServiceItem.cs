using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>A clerk writes a new 政务服务事项 of their unit (a draft with its complete 办事指南).</summary>
public sealed record CreateServiceItemCommand(ServiceGuide Guide) : ICommand<int>;

public sealed class CreateServiceItemHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<CreateServiceItemCommand, int>
{
    public async ValueTask<int> Handle(CreateServiceItemCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ServiceItems.Draft, "只有信息员可以编写办事指南。");
        var organisationId = currentUser.RequireClerkOrganisation();
        ServiceItemAccess.EnsureValid(command.Guide);
        var item = new ServiceItem(organisationId, command.Guide);
        db.ServiceItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(ServiceItemAuditActions.Create, nameof(ServiceItem), Id(item), organisationId, $"新建政务服务事项《{item.Name}》");
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }

    internal static string Id(ServiceItem item) => item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
