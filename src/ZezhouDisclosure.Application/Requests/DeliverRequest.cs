using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// 送达: the handling clerk records how the approved answer reached the applicant and on which day; for a direct or
/// postal delivery that is the day signed for (国办公开办函〔2016〕235号). The case is then closed (已答复).
/// </summary>
public sealed record DeliverRequestCommand(int Id, int Version, ReceivingMethod? Method, DateOnly? DeliveredOn) : ICommand;

public sealed class DeliverRequestValidator : AbstractValidator<DeliverRequestCommand>
{
    public DeliverRequestValidator(TimeProvider time)
    {
        RuleFor(x => x.Method).NotNull().WithMessage("请选择送达方式。")
            .Must(m => m is null || Enum.IsDefined(m.Value)).WithMessage("请选择送达方式。");
        RuleFor(x => x.DeliveredOn).NotNull().WithMessage("请填写送达（签收）日期。")
            .Must(d => d is null || d <= ChinaTime.Today(time)).WithMessage("送达日期不能晚于今天。");
    }
}

public sealed class DeliverRequestHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<DeliverRequestCommand>
{
    public async ValueTask<Unit> Handle(DeliverRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHandlingClerkAsync(db, currentUser, command.Id, "只有承办单位的信息员可以登记送达。", cancellationToken);
        db.ExpectVersion(request, command.Version);
        request.Deliver(command.Method!.Value, command.DeliveredOn!.Value);
        db.Audit(RequestAuditActions.Deliver, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"申请 {request.Number} 的答复已于 {command.DeliveredOn:yyyy-MM-dd} 以{RequestLabels.Of(command.Method.Value)}方式送达，办结");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
