using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// 县政务公开办 publishes a submitted 参与事项目录 (<see cref="Approve"/>) or returns it with a comment. Publishing an
/// amendment supersedes the version it amends.
/// </summary>
public sealed record ReviewParticipationCatalogueCommand(int Id, int Version, bool Approve, string? Comment) : ICommand;

public sealed class ReviewParticipationCatalogueValidator : AbstractValidator<ReviewParticipationCatalogueCommand>
{
    public ReviewParticipationCatalogueValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().When(x => !x.Approve).WithMessage("退回须填写意见。")
            .MaximumLength(DataLimits.Reason).WithMessage($"意见不能超过 {DataLimits.Reason} 字。");
    }
}

public sealed class ReviewParticipationCatalogueHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ReviewParticipationCatalogueCommand>
{
    public async ValueTask<Unit> Handle(ReviewParticipationCatalogueCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.Review, "只有县政务公开办审核员可以审核参与事项目录。");
        var catalogue = await ParticipationCatalogueAccess.LoadAsync(db, command.Id, command.Version, cancellationToken);
        if (!catalogue.CanReview())
        {
            throw new ConflictException("该参与事项目录不在待审核状态，可能已被其他审核员处理。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (command.Approve)
        {
            catalogue.Approve(now, currentUser.UserName);
            db.Audit(ParticipationAuditActions.CataloguePublish, catalogue, $"审核通过并发布 {catalogue.Year} 年度公众参与事项目录（第 {catalogue.Revision} 版）");
            if (catalogue.AmendsId is int amendedId)
            {
                var amended = await db.ParticipationCatalogues.FirstAsync(c => c.Id == amendedId, cancellationToken);
                ConsultationAccess.Guard(() => amended.Supersede(catalogue, now));
                db.Audit(ParticipationAuditActions.CatalogueSupersede, amended, $"{amended.Year} 年度公众参与事项目录第 {amended.Revision} 版由第 {catalogue.Revision} 版取代");
            }
        }
        else
        {
            catalogue.Return(command.Comment!, now, currentUser.UserName);
            db.Audit(ParticipationAuditActions.CatalogueReturn, catalogue, $"退回 {catalogue.Year} 年度公众参与事项目录：{command.Comment}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
