using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>
/// 审核 by the county office: approve (the working copy is published as the next version, with what changed) or
/// return with a comment.
/// </summary>
public sealed record ReviewServiceItemCommand(int Id, int Version, bool Approve, string? Comment) : ICommand;

public sealed class ReviewServiceItemValidator : AbstractValidator<ReviewServiceItemCommand>
{
    public ReviewServiceItemValidator() =>
        RuleFor(c => c.Comment).NotEmpty().WithMessage("退回时必须填写审核意见。").When(c => !c.Approve);
}

public sealed class ReviewServiceItemHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ReviewServiceItemCommand>
{
    public async ValueTask<Unit> Handle(ReviewServiceItemCommand command, CancellationToken cancellationToken)
    {
        var item = await ServiceItemAccess.ReviewItemAsync(db, currentUser, command.Id, cancellationToken);
        db.ExpectVersion(item, command.Version);
        var now = time.GetUtcNow().UtcDateTime;
        if (command.Approve)
        {
            var version = item.Approve(now, currentUser.UserName);
            db.ServiceItemVersions.Add(version);
            db.Audit(ServiceItemAuditActions.Approve, nameof(ServiceItem), CreateServiceItemHandler.Id(item), item.OrganisationId, $"审核通过并发布《{item.Name}》第{version.Number}版：{version.Changes}");
        }
        else
        {
            item.Return(command.Comment!, now, currentUser.UserName);
            db.Audit(ServiceItemAuditActions.Return, nameof(ServiceItem), CreateServiceItemHandler.Id(item), item.OrganisationId, $"退回《{item.Name}》：{item.ReviewComment}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
