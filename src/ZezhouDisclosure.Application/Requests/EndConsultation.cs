using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// 收到意见 (possibly early) or the 15 working days ran out: the clock resumes. For another agency, silence counts as
/// consent to disclosure (第三十四条); for a third party the organisation decides (第三十二条).
/// </summary>
public sealed record EndConsultationCommand(int Id, int Version, DateOnly? EndedOn, string? Opinion) : ICommand;

public sealed class EndConsultationValidator : AbstractValidator<EndConsultationCommand>
{
    public EndConsultationValidator(TimeProvider time)
    {
        RuleFor(x => x.EndedOn).NotNull().WithMessage("请填写收到意见或期满的日期。")
            .Must(d => d is null || d <= ChinaTime.Today(time)).WithMessage("日期不能晚于今天。");
        RuleFor(x => x.Opinion).MaximumLength(DataLimits.Reason).WithMessage($"意见摘要不能超过{DataLimits.Reason}个字。");
    }
}

public sealed class EndConsultationHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<EndConsultationCommand>
{
    public async ValueTask<Unit> Handle(EndConsultationCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHandlingClerkAsync(db, currentUser, command.Id, "只有承办单位的信息员可以结束征求意见。", cancellationToken);
        db.ExpectVersion(request, command.Version);
        var consultation = request.OpenConsultation;
        request.EndConsultation(command.EndedOn!.Value, command.Opinion);
        db.Audit(RequestAuditActions.EndConsultation, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"申请 {request.Number} 结束{(consultation is null ? "征求意见" : RequestLabels.Of(consultation.Kind))}（{command.EndedOn:yyyy-MM-dd}），恢复计时");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
