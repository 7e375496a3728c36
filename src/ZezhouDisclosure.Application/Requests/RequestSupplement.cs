using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// 补正告知 (条例第三十条): the handling clerk tells the applicant once what to supplement and by when. The notice is
/// due within 7 working days of receipt; a late notice is still recorded, and the audit entry says it was late.
/// </summary>
public sealed record RequestSupplementCommand(int Id, int Version, string? Items, DateOnly? Deadline) : ICommand;

public sealed class RequestSupplementValidator : AbstractValidator<RequestSupplementCommand>
{
    public RequestSupplementValidator()
    {
        RuleFor(x => x.Items).NotEmpty().WithMessage("请写明需要补正的事项。")
            .MaximumLength(DataLimits.Reason).WithMessage($"补正事项不能超过{DataLimits.Reason}个字。");
        RuleFor(x => x.Deadline).NotNull().WithMessage("请填写补正期限。");
    }
}

public sealed class RequestSupplementHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<RequestSupplementCommand>
{
    public async ValueTask<Unit> Handle(RequestSupplementCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        if (!StaffRequestAccess.IsHandlingClerk(currentUser, request))
        {
            throw new ForbiddenException("只有承办单位的信息员可以告知补正。");
        }

        var today = ChinaTime.Today(time);
        var calendar = await RequestCalendar.LoadAsync(db, cancellationToken);
        var due = request.Deadline(calendar).SupplementNoticeDue;
        db.ExpectVersion(request, command.Version);
        request.RequestSupplement(command.Items!, today, command.Deadline!.Value);
        db.Audit(RequestAuditActions.RequestSupplement, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"申请 {request.Number} 一次性告知补正，补正期限 {command.Deadline:yyyy-MM-dd}"
            + (today > due ? $"（已超过 {due:yyyy-MM-dd} 的 7 个工作日告知期限）" : ""));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>收到补正: the answer clock restarts from the day the supplemented application arrives (第三十条).</summary>
public sealed record ReceiveSupplementCommand(int Id, int Version, DateOnly? ReceivedOn) : ICommand;

public sealed class ReceiveSupplementValidator : AbstractValidator<ReceiveSupplementCommand>
{
    public ReceiveSupplementValidator(TimeProvider time) =>
        RuleFor(x => x.ReceivedOn).NotNull().WithMessage("请填写收到补正的日期。")
            .Must(d => d is null || d <= ChinaTime.Today(time)).WithMessage("收到补正的日期不能晚于今天。");
}

public sealed class ReceiveSupplementHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<ReceiveSupplementCommand>
{
    public async ValueTask<Unit> Handle(ReceiveSupplementCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        if (!StaffRequestAccess.IsHandlingClerk(currentUser, request))
        {
            throw new ForbiddenException("只有承办单位的信息员可以登记收到补正。");
        }

        db.ExpectVersion(request, command.Version);
        request.ReceiveSupplement(command.ReceivedOn!.Value);
        db.Audit(RequestAuditActions.SupplementReceived, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"申请 {request.Number} 于 {command.ReceivedOn:yyyy-MM-dd} 收到补正，答复期限重新起算");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
