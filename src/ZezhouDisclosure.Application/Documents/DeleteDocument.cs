using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// Moves a document to the recycle bin (soft delete): gone from every public page, kept with its revisions and
/// audit trail, restorable. The county office may delete any document; a clerk only their own drafts.
/// </summary>
public sealed record DeleteDocumentCommand(int Id, int Version) : ICommand;

public sealed class DeleteDocumentHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<DeleteDocumentCommand>
{
    public async ValueTask<Unit> Handle(DeleteDocumentCommand command, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        if (!currentUser.IsCountyWide())
        {
            var organisationId = currentUser.RequireClerkOrganisation();
            if (document.OrganisationId != organisationId || !document.IsEditable)
            {
                throw new ForbiddenException("信息员只能删除本单位尚未提交的草稿；已发布的信息请联系县政务公开办撤回。");
            }
        }

        db.ExpectVersion(document, command.Version);
        document.SoftDelete(time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(DocumentAuditActions.Delete, document, $"删除《{document.Title}》（可在回收站恢复）");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
