using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// 提出办理意见: the handling clerk proposes the typed outcome (a row of annual report table 三) and the reply text;
/// the case goes to the head of the disclosure office (报批).
/// </summary>
public sealed record ProposeDecisionCommand(int Id, int Version, RequestOutcome? Outcome, string? Text) : ICommand;

public sealed class ProposeDecisionValidator : AbstractValidator<ProposeDecisionCommand>
{
    public ProposeDecisionValidator()
    {
        RuleFor(x => x.Outcome).NotNull().WithMessage("请选择办理结果。")
            .Must(o => o is null || Enum.IsDefined(o.Value)).WithMessage("请选择办理结果。")
            .NotEqual(RequestOutcome.OtherNoSupplement).WithMessage("逾期不补正请使用“视为放弃”，不作为办理意见提出。");
        RuleFor(x => x.Text).NotEmpty().WithMessage("请写明答复内容（事实、理由和依据）。")
            .MaximumLength(DataLimits.Description).WithMessage($"答复内容不能超过{DataLimits.Description}个字。");
    }
}

public sealed class ProposeDecisionHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<ProposeDecisionCommand>
{
    public async ValueTask<Unit> Handle(ProposeDecisionCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHandlingClerkAsync(db, currentUser, command.Id, "只有承办单位的信息员可以提出办理意见。", cancellationToken);
        db.ExpectVersion(request, command.Version);
        request.ProposeDecision(command.Outcome!.Value, command.Text!, ChinaTime.Today(time), currentUser.UserName);
        db.Audit(RequestAuditActions.Propose, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"申请 {request.Number} 提出办理意见：{RequestOutcomes.Label(command.Outcome.Value)}，报工作机构负责人审批");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
