using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;

namespace ZezhouDisclosure.Application.Attachments;

/// <summary>A clerk moves an attachment one place up or down in its document's list. Returns the document's id.</summary>
public sealed record MoveDocumentAttachmentCommand(int AttachmentId, bool Up) : ICommand<int>;

public sealed class MoveDocumentAttachmentHandler(IAppDbContext db, ICurrentUser currentUser)
    : ICommandHandler<MoveDocumentAttachmentCommand, int>
{
    public async ValueTask<int> Handle(MoveDocumentAttachmentCommand command, CancellationToken cancellationToken)
    {
        var (attachment, document) = await AttachmentAccess.EditableAttachmentAsync(db, currentUser, command.AttachmentId, cancellationToken);
        var siblings = await db.DocumentAttachments.Where(a => a.DocumentId == document.Id)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var index = siblings.IndexOf(attachment);
        var target = command.Up ? index - 1 : index + 1;
        if (target < 0 || target >= siblings.Count)
        {
            return document.Id;
        }

        (siblings[index], siblings[target]) = (siblings[target], siblings[index]);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].MoveTo(i + 1);
        }

        db.Audit(DocumentAuditActions.MoveAttachment, document, $"调整《{document.Title}》附件“{attachment.FileName}”的顺序");
        await db.SaveChangesAsync(cancellationToken);
        return document.Id;
    }
}
