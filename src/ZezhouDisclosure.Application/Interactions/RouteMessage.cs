using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>
/// 分办 / 转办 by the county office: the case goes to a unit (to the county office's own unit: accepted for handling
/// there). One case, one clock; the move is recorded on the case and audited.
/// </summary>
public sealed record RouteMessageCommand(int Id, int Version, int? ToOrganisationId, string? Note) : ICommand;

public sealed class RouteMessageValidator : AbstractValidator<RouteMessageCommand>
{
    public RouteMessageValidator(IAppDbContext db, TimeProvider time)
    {
        RuleFor(x => x.ToOrganisationId).NotNull().WithMessage("请选择承办单位。")
            .MustAsync(async (id, ct) =>
            {
                var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
                return organisation is not null && organisation.IsActiveOn(ChinaTime.Today(time));
            })
            .When(x => x.ToOrganisationId is not null).WithMessage("请选择承办单位。");
        RuleFor(x => x.Note).MaximumLength(DataLimits.Summary).WithMessage($"说明不能超过 {DataLimits.Summary} 个字。");
    }
}

public sealed class RouteMessageHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<RouteMessageCommand>
{
    public async ValueTask<Unit> Handle(RouteMessageCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Interactions.Triage, "只有县政务公开办可以分办或转办留言。");
        var message = await MessageAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        MessageAccess.ExpectVersion(db, message, command.Version);
        var from = message.OrganisationId;
        var transfer = message.Status == Domain.Interactions.MessageStatus.Assigned;
        message.Route(command.ToOrganisationId!.Value, time.GetUtcNow().UtcDateTime, currentUser.UserName, command.Note);
        var to = await db.Organisations.AsNoTracking().Where(o => o.Id == command.ToOrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        db.Audit(InteractionAuditActions.Route, "CitizenMessage", message.Id.ToString(CultureInfo.InvariantCulture), from,
            $"{(transfer ? "转办" : "分办")}留言 {message.Number} 至{to}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
