using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>单位负责人 passes the unit's 征求意见 on to the county office (<see cref="Approve"/>) or returns it with a comment.</summary>
public sealed record SignOffConsultationCommand(int Id, int Version, bool Approve, string? Comment) : ICommand;

public sealed class SignOffConsultationValidator : AbstractValidator<SignOffConsultationCommand>
{
    public SignOffConsultationValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().When(x => !x.Approve).WithMessage("退回须填写意见。")
            .MaximumLength(DataLimits.Reason).WithMessage($"意见不能超过 {DataLimits.Reason} 字。");
    }
}

public sealed class SignOffConsultationHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SignOffConsultationCommand>
{
    public async ValueTask<Unit> Handle(SignOffConsultationCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.ApproveInUnit, "只有单位负责人可以进行单位审核。");
        var consultation = await ConsultationAccess.LoadAsync(db, command.Id, command.Version, cancellationToken);
        if (!currentUser.ToActor().IsUnitHeadOf(consultation.OrganisationId))
        {
            throw new ForbiddenException("只能审核本单位的征求意见。");
        }

        if (!consultation.CanSignOffInUnit())
        {
            throw new ConflictException("该征求意见不在待单位审核状态。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (command.Approve)
        {
            consultation.ApproveInUnit(now, currentUser.UserName);
            db.Audit(ParticipationAuditActions.UnitApprove, consultation, $"单位负责人审核通过征求意见《{consultation.Title}》");
        }
        else
        {
            consultation.Return(command.Comment!, now, currentUser.UserName);
            db.Audit(ParticipationAuditActions.Return, consultation, $"单位负责人退回征求意见《{consultation.Title}》：{command.Comment}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
