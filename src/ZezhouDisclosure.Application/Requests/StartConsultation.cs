using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// 征求意见: the handling clerk sends a 征求意见书 to a third party (第三十二条) or another agency (第三十四条). The
/// answer clock pauses from the next day for at most 15 working days (第三十三条第三款).
/// </summary>
public sealed record StartConsultationCommand(int Id, int Version, ConsultationKind? Kind, string? Party, DateOnly? StartedOn) : ICommand;

public sealed class StartConsultationValidator : AbstractValidator<StartConsultationCommand>
{
    public StartConsultationValidator(TimeProvider time)
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("请选择征求谁的意见。")
            .Must(k => k is null || Enum.IsDefined(k.Value)).WithMessage("请选择征求谁的意见。");
        RuleFor(x => x.Party).NotEmpty().WithMessage("请填写被征求意见的第三方或机关。")
            .MaximumLength(DataLimits.Name).WithMessage($"名称不能超过{DataLimits.Name}个字。");
        RuleFor(x => x.StartedOn).NotNull().WithMessage("请填写发出征求意见书的日期。")
            .Must(d => d is null || d <= ChinaTime.Today(time)).WithMessage("发出日期不能晚于今天。");
    }
}

public sealed class StartConsultationHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<StartConsultationCommand>
{
    public async ValueTask<Unit> Handle(StartConsultationCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHandlingClerkAsync(db, currentUser, command.Id, "只有承办单位的信息员可以征求意见。", cancellationToken);
        var calendar = await RequestCalendar.LoadAsync(db, cancellationToken);
        db.ExpectVersion(request, command.Version);
        request.StartConsultation(command.Kind!.Value, command.Party!, command.StartedOn!.Value);
        var latest = RequestDeadlines.ConsultationEnds(calendar, command.StartedOn.Value);
        db.Audit(RequestAuditActions.StartConsultation, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"申请 {request.Number} 于 {command.StartedOn:yyyy-MM-dd} {RequestLabels.Of(command.Kind.Value)}，计时暂停，最长至 {latest:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
