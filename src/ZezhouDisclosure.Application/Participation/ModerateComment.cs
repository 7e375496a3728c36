using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>The unit's clerk publishes a citizen's comment, or keeps it off the page with a reason (<see cref="Reason"/>).</summary>
public sealed record ModerateCommentCommand(int Id, int Version, bool Publish, string? Reason) : ICommand<int>;

public sealed class ModerateCommentValidator : AbstractValidator<ModerateCommentCommand>
{
    public ModerateCommentValidator()
    {
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(x => !x.Publish).WithMessage("不予公开须说明理由。")
            .MaximumLength(DataLimits.Summary).WithMessage($"理由不能超过 {DataLimits.Summary} 字。");
    }
}

/// <summary>Returns the consultation's id.</summary>
public sealed class ModerateCommentHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ModerateCommentCommand, int>
{
    public async ValueTask<int> Handle(ModerateCommentCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.Edit, "只有信息员可以审核意见。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var comment = await db.ConsultationComments.FirstOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        if (comment.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能审核本单位征求意见收到的意见。");
        }

        if (!comment.CanModerate())
        {
            throw new ConflictException("该意见已处理，可能已被其他工作人员审核。");
        }

        db.ExpectVersion(comment, command.Version);
        var consultation = await db.Consultations.FirstAsync(c => c.Id == comment.ConsultationId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (command.Publish)
        {
            comment.Publish(now, currentUser.UserName);
            db.Audit(ParticipationAuditActions.CommentPublish, consultation, $"公开《{consultation.Title}》收到的第 {comment.Id} 号意见");
        }
        else
        {
            comment.Reject(command.Reason!, now, currentUser.UserName);
            db.Audit(ParticipationAuditActions.CommentReject, consultation, $"不予公开《{consultation.Title}》收到的第 {comment.Id} 号意见：{comment.RejectionReason}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return consultation.Id;
    }
}
