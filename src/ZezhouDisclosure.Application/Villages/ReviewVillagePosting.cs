using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>The writer sends a posting to the township for review.</summary>
public sealed record SubmitVillagePostingCommand(int Id, int Version) : ICommand;

public sealed class SubmitVillagePostingHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<SubmitVillagePostingCommand>
{
    public async ValueTask<Unit> Handle(SubmitVillagePostingCommand command, CancellationToken cancellationToken)
    {
        var posting = await db.VillagePostings.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("村（居）务公开不存在。");
        var village = await VillageAccess.VillageAsync(db, posting.OrganisationId, cancellationToken);
        VillageAccess.RequireWriter(currentUser, village);
        db.ExpectVersion(posting, command.Version);
        posting.Submit();
        db.Audit(VillageAuditActions.SubmitPosting, nameof(VillagePosting), posting.Id.ToString(CultureInfo.InvariantCulture), village.Id,
            $"{village.Name}：提交《{posting.Title}》待乡镇审核");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>
/// The township publishes a submitted posting of one of its villages, or returns it with a reason. Nobody else reviews
/// village content: not the village itself, not another township, not the county office.
/// </summary>
public sealed record ReviewVillagePostingCommand(int Id, int Version, bool Approve, string? Reason) : ICommand;

public sealed class ReviewVillagePostingValidator : AbstractValidator<ReviewVillagePostingCommand>
{
    public ReviewVillagePostingValidator() =>
        RuleFor(x => x.Reason).NotEmpty().When(x => !x.Approve).WithMessage("请填写退回理由。")
            .MaximumLength(DataLimits.Reason).WithMessage("退回理由过长。");
}

public sealed class ReviewVillagePostingHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<ReviewVillagePostingCommand>
{
    public async ValueTask<Unit> Handle(ReviewVillagePostingCommand command, CancellationToken cancellationToken)
    {
        var posting = await db.VillagePostings.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("村（居）务公开不存在。");
        var village = await VillageAccess.VillageAsync(db, posting.OrganisationId, cancellationToken);
        VillageAccess.RequireTownshipReviewer(currentUser, village);
        db.ExpectVersion(posting, command.Version);
        var id = posting.Id.ToString(CultureInfo.InvariantCulture);
        if (command.Approve)
        {
            posting.Publish(time.GetUtcNow().UtcDateTime, currentUser.UserName);
            db.Audit(VillageAuditActions.PublishPosting, nameof(VillagePosting), id, village.Id, $"{village.Name}：审核通过并公开《{posting.Title}》");
        }
        else
        {
            posting.Return(command.Reason!);
            db.Audit(VillageAuditActions.ReturnPosting, nameof(VillagePosting), id, village.Id, $"{village.Name}：退回《{posting.Title}》：{posting.ReturnReason}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
