using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// 延期申请 (条例第三十三条第二款): the handling clerk asks the head of the disclosure office to extend the time limit
/// by at most 20 working days, with the reason; the extension counts only once approved.
/// </summary>
public sealed record RequestExtensionCommand(int Id, int Version, int? WorkingDays, string? Reason) : ICommand;

public sealed class RequestExtensionValidator : AbstractValidator<RequestExtensionCommand>
{
    public RequestExtensionValidator()
    {
        RuleFor(x => x.WorkingDays).NotNull().WithMessage("请填写延长的工作日数。")
            .InclusiveBetween(1, RequestDeadlines.MaximumExtensionWorkingDays)
            .WithMessage($"延长期限应为 1 至 {RequestDeadlines.MaximumExtensionWorkingDays} 个工作日。");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请写明延期理由。")
            .MaximumLength(DataLimits.Reason).WithMessage($"延期理由不能超过{DataLimits.Reason}个字。");
    }
}

public sealed class RequestExtensionHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RequestExtensionCommand>
{
    public async ValueTask<Unit> Handle(RequestExtensionCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHandlingClerkAsync(db, currentUser, command.Id, "只有承办单位的信息员可以申请延期。", cancellationToken);
        db.ExpectVersion(request, command.Version);
        request.RequestExtension(command.WorkingDays!.Value, command.Reason!, currentUser.UserName);
        db.Audit(RequestAuditActions.RequestExtension, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"申请 {request.Number} 申请延长答复期限 {command.WorkingDays} 个工作日，待工作机构负责人审批");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
