using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// 单位审核通过: the unit head (单位负责人) of the document's own organisation signs it off; it goes on to the county
/// office's queue (待审核).
/// </summary>
public sealed record ApproveDocumentInUnitCommand(int Id, int Version) : ICommand;

public sealed class ApproveDocumentInUnitHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ApproveDocumentInUnitCommand>
{
    public async ValueTask<Unit> Handle(ApproveDocumentInUnitCommand command, CancellationToken cancellationToken)
    {
        var document = await UnitSignOff.LoadAsync(db, currentUser, command.Id, cancellationToken);
        db.ExpectVersion(document, command.Version);
        document.ApproveInUnit(time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(DocumentAuditActions.ApproveInUnit, document, $"单位负责人审核通过《{document.Title}》，报县政务公开办审核");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>What both unit sign-off steps check: the permission, the head's own organisation, the state.</summary>
internal static class UnitSignOff
{
    public static async Task<Domain.Documents.Document> LoadAsync(IAppDbContext db, ICurrentUser currentUser, int id, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Documents.ApproveInUnit, "只有本单位负责人可以进行单位审核。");
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotFoundException();
        if (!currentUser.ToActor().IsUnitHeadOf(document.OrganisationId))
        {
            throw new ForbiddenException("只能审核本单位的信息。");
        }

        if (!document.CanSignOffInUnit())
        {
            throw new ConflictException("该信息不在待单位审核状态，可能已被撤回或处理。");
        }

        return document;
    }
}
