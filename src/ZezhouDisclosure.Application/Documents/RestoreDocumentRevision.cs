using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>A clerk brings back an earlier revision's content; it becomes a new revision (history is never rewritten).</summary>
public sealed record RestoreDocumentRevisionCommand(int DocumentId, int Version, int Revision) : ICommand;

public sealed class RestoreDocumentRevisionHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<RestoreDocumentRevisionCommand>
{
    public async ValueTask<Unit> Handle(RestoreDocumentRevisionCommand command, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.DocumentId, cancellationToken)
            ?? throw new NotFoundException();
        if (document.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能修改本单位的信息。");
        }

        if (!document.CanEdit())
        {
            throw new ConflictException("只有草稿或已退回的信息可以恢复历史版本。");
        }

        var revision = await db.DocumentRevisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.DocumentId == document.Id && r.Number == command.Revision, cancellationToken)
            ?? throw new NotFoundException("版本不存在。");
        db.ExpectVersion(document, command.Version);
        document.Edit(revision.ToContent());
        db.WriteRevision(document, $"恢复自第{revision.Number}版", time, currentUser);
        db.Audit(DocumentAuditActions.RestoreRevision, document, $"将《{document.Title}》恢复为第{revision.Number}版的内容");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
