using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>A county reviewer returns a submitted catalogue with a comment, and optionally comments on rows.</summary>
public sealed record ReturnCatalogueCommand(int Id, int Version, string? Comment, IReadOnlyDictionary<int, string>? ItemComments) : ICommand;

public sealed class ReturnCatalogueValidator : AbstractValidator<ReturnCatalogueCommand>
{
    public ReturnCatalogueValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().WithMessage("退回时必须填写审定意见。")
            .MaximumLength(DataLimits.Reason).WithMessage($"审定意见不能超过{DataLimits.Reason}个字。");
        RuleForEach(x => x.ItemComments).Must(c => c.Value is null || c.Value.Length <= DataLimits.Reason)
            .WithMessage($"事项意见不能超过{DataLimits.Reason}个字。");
    }
}

public sealed class ReturnCatalogueHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ReturnCatalogueCommand>
{
    public async ValueTask<Unit> Handle(ReturnCatalogueCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Catalogues.Review, "只有县政务公开办审核员可以审核。");
        var catalogue = await db.TownshipCatalogues.Include(c => c.Items)
            .FirstOrDefaultAsync(c => c.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        if (!catalogue.CanReview())
        {
            throw new ConflictException("该目录不在待审定状态，可能已被其他审核员处理。");
        }

        var itemComments = (command.ItemComments ?? new Dictionary<int, string>())
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key, c => c.Value);
        db.ExpectVersion(catalogue, command.Version);
        catalogue.Return(command.Comment!, itemComments, time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(CatalogueAuditActions.Return, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            $"退回目录：{catalogue.ReviewComment}（事项意见{itemComments.Count}条）");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
