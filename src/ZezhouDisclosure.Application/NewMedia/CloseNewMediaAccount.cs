using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.NewMedia;

namespace ZezhouDisclosure.Application.NewMedia;

/// <summary>关停 or 注销 an account of the clerk's unit, with the public closure notice and its date.</summary>
public sealed record CloseNewMediaAccountCommand(int Id, int Version, NewMediaAccountStatus Status, DateOnly? ClosedOn, string? ClosureNotice) : ICommand;

public sealed class CloseNewMediaAccountValidator : AbstractValidator<CloseNewMediaAccountCommand>
{
    public CloseNewMediaAccountValidator()
    {
        RuleFor(c => c.Status).Must(s => s is NewMediaAccountStatus.Closed or NewMediaAccountStatus.Cancelled).WithMessage("请选择关停或注销。");
        RuleFor(c => c.ClosedOn).NotNull().WithMessage("请填写关停日期。");
        RuleFor(c => c.ClosureNotice).NotEmpty().WithMessage("关停或注销账号须填写向公众发布的关停公告（不少于10个字）。");
    }
}

public sealed class CloseNewMediaAccountHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<CloseNewMediaAccountCommand>
{
    public async ValueTask<Unit> Handle(CloseNewMediaAccountCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.NewMedia.Manage, "只有信息员可以关停本单位的政务新媒体账号。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var account = await db.OwnRunningAccountAsync(organisationId, command.Id, command.Version, "关停", cancellationToken);
        Fields.Apply(nameof(command.ClosureNotice), () =>
        {
            account.Close(command.Status, command.ClosedOn!.Value, command.ClosureNotice, ChinaTime.Today(time));
            return 0;
        });
        db.Audit(NewMediaAuditActions.Close, nameof(NewMediaAccount), Fields.Id(account.Id), organisationId,
            $"{NewMediaLabels.Of(account.Status)}政务新媒体账号：{NewMediaLabels.Of(account.Platform)}“{account.Name}”");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
