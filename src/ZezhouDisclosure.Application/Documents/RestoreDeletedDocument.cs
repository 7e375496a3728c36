using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>The county office restores a deleted document exactly as it was.</summary>
public sealed record RestoreDeletedDocumentCommand(int Id) : ICommand;

public sealed class RestoreDeletedDocumentHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RestoreDeletedDocumentCommand>
{
    public async ValueTask<Unit> Handle(RestoreDeletedDocumentCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.IsCountyWide())
        {
            throw new ForbiddenException("只有县政务公开办和管理员可以恢复已删除的信息。");
        }

        // Reviewed use of IgnoreQueryFilters: the recycle bin must see soft-deleted rows (county-wide users only).
        var document = await db.Documents.IgnoreQueryFilters().FirstOrDefaultAsync(d => d.Id == command.Id && d.IsDeleted, cancellationToken)
            ?? throw new NotFoundException("回收站中没有该信息。");
        document.Restore();
        db.Audit(DocumentAuditActions.Restore, document, $"从回收站恢复《{document.Title}》");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
