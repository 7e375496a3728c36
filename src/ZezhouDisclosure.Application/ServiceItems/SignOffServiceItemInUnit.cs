using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>
/// 单位审核: the unit head passes the item on to the county office (<paramref name="Approve"/>) or returns it with a
/// comment.
/// </summary>
public sealed record SignOffServiceItemInUnitCommand(int Id, int Version, bool Approve, string? Comment) : ICommand;

public sealed class SignOffServiceItemInUnitValidator : AbstractValidator<SignOffServiceItemInUnitCommand>
{
    public SignOffServiceItemInUnitValidator() =>
        RuleFor(c => c.Comment).NotEmpty().WithMessage("退回时必须填写审核意见。").When(c => !c.Approve);
}

public sealed class SignOffServiceItemInUnitHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SignOffServiceItemInUnitCommand>
{
    public async ValueTask<Unit> Handle(SignOffServiceItemInUnitCommand command, CancellationToken cancellationToken)
    {
        var item = await ServiceItemAccess.UnitHeadItemAsync(db, currentUser, command.Id, cancellationToken);
        db.ExpectVersion(item, command.Version);
        var now = time.GetUtcNow().UtcDateTime;
        if (command.Approve)
        {
            item.ApproveInUnit(now, currentUser.UserName);
            db.Audit(ServiceItemAuditActions.ApproveInUnit, nameof(ServiceItem), CreateServiceItemHandler.Id(item), item.OrganisationId, $"单位负责人审核通过《{item.Name}》，报县政务公开办审核");
        }
        else
        {
            item.ReturnInUnit(command.Comment!, now, currentUser.UserName);
            db.Audit(ServiceItemAuditActions.ReturnInUnit, nameof(ServiceItem), CreateServiceItemHandler.Id(item), item.OrganisationId, $"单位负责人退回《{item.Name}》：{item.ReviewComment}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
