using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// 县政务公开办 publishes a submitted 征求意见 (<see cref="Approve"/>: public at once, accepting comments from its
/// opening day) or returns it with a comment.
/// </summary>
public sealed record ReviewConsultationCommand(int Id, int Version, bool Approve, string? Comment) : ICommand;

public sealed class ReviewConsultationValidator : AbstractValidator<ReviewConsultationCommand>
{
    public ReviewConsultationValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().When(x => !x.Approve).WithMessage("退回须填写意见。")
            .MaximumLength(DataLimits.Reason).WithMessage($"意见不能超过 {DataLimits.Reason} 字。");
    }
}

public sealed class ReviewConsultationHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ReviewConsultationCommand>
{
    public async ValueTask<Unit> Handle(ReviewConsultationCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.Review, "只有县政务公开办审核员可以审核征求意见。");
        var consultation = await ConsultationAccess.LoadAsync(db, command.Id, command.Version, cancellationToken);
        if (!consultation.CanReview())
        {
            throw new ConflictException(consultation.Status == ConsultationStatus.AwaitingUnitApproval
                ? "该征求意见尚待本单位负责人审核。"
                : "该征求意见不在待审核状态，可能已被其他审核员处理。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (command.Approve)
        {
            ConsultationAccess.Guard(() => consultation.Approve(now, currentUser.UserName));
            db.Audit(ParticipationAuditActions.Publish, consultation,
                $"审核通过并发布征求意见《{consultation.Title}》（{consultation.OpensOn:yyyy-MM-dd} 至 {consultation.ClosesOn:yyyy-MM-dd}）");
        }
        else
        {
            consultation.Return(command.Comment!, now, currentUser.UserName);
            db.Audit(ParticipationAuditActions.Return, consultation, $"退回征求意见《{consultation.Title}》：{command.Comment}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
