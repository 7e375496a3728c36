using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>县政务公开办 publishes the submitted 反馈 / 采纳情况 on the consultation's page, or returns it with a comment.</summary>
public sealed record ReviewFeedbackCommand(int ConsultationId, int Version, bool Approve, string? Comment) : ICommand;

public sealed class ReviewFeedbackValidator : AbstractValidator<ReviewFeedbackCommand>
{
    public ReviewFeedbackValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().When(x => !x.Approve).WithMessage("退回须填写意见。")
            .MaximumLength(DataLimits.Reason).WithMessage($"意见不能超过 {DataLimits.Reason} 字。");
    }
}

public sealed class ReviewFeedbackHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ReviewFeedbackCommand>
{
    public async ValueTask<Unit> Handle(ReviewFeedbackCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.Review, "只有县政务公开办审核员可以审核反馈。");
        var consultation = await ConsultationAccess.LoadAsync(db, command.ConsultationId, command.Version, cancellationToken);
        if (!consultation.CanReviewFeedback())
        {
            throw new ConflictException("该反馈不在待审核状态，可能已被其他审核员处理。");
        }

        if (command.Approve)
        {
            var publishedOnline = await SaveFeedbackHandler.PublishedCommentsAsync(db, consultation.Id, cancellationToken);
            ConsultationAccess.Guard(() => consultation.PublishFeedback(publishedOnline, time.GetUtcNow().UtcDateTime, currentUser.UserName));
            db.Audit(ParticipationAuditActions.FeedbackPublish, consultation, $"公布《{consultation.Title}》的意见采纳情况");
        }
        else
        {
            consultation.ReturnFeedback(command.Comment!, currentUser.UserName);
            db.Audit(ParticipationAuditActions.FeedbackReturn, consultation, $"退回《{consultation.Title}》的意见采纳情况：{command.Comment}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
