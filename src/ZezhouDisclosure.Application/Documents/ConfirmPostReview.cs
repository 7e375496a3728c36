using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>补审: the county office confirms an urgently published document (or withdraws it instead).</summary>
public sealed record ConfirmPostReviewCommand(int Id, int Version) : ICommand;

public sealed class ConfirmPostReviewHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<ConfirmPostReviewCommand>
{
    public async ValueTask<Unit> Handle(ConfirmPostReviewCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Documents.Review, "只有县政务公开办审核员可以审核。");
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        db.ExpectVersion(document, command.Version);
        document.ConfirmPostReview(time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(DocumentAuditActions.ConfirmPostReview, document, $"补审通过紧急发布的《{document.Title}》");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
