using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;

namespace ZezhouDisclosure.Application.Attachments;

/// <summary>
/// A clerk removes an attachment from a draft or returned document (soft delete: the row and the file are kept for
/// the record, the attachment no longer shows or downloads). The clerk must confirm it (the form's “确认删除” box).
/// Returns the document's id.
/// </summary>
public sealed record RemoveDocumentAttachmentCommand(int AttachmentId, bool Confirmed) : ICommand<int>
{
    public const string ConfirmedField = "confirmed";
}

public sealed class RemoveDocumentAttachmentValidator : AbstractValidator<RemoveDocumentAttachmentCommand>
{
    public RemoveDocumentAttachmentValidator()
    {
        RuleFor(x => x.Confirmed).Equal(true).OverridePropertyName(RemoveDocumentAttachmentCommand.ConfirmedField)
            .WithMessage("请勾选“确认删除”后再删除附件。");
    }
}

public sealed class RemoveDocumentAttachmentHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<RemoveDocumentAttachmentCommand, int>
{
    public async ValueTask<int> Handle(RemoveDocumentAttachmentCommand command, CancellationToken cancellationToken)
    {
        var (attachment, document) = await AttachmentAccess.EditableAttachmentAsync(db, currentUser, command.AttachmentId, cancellationToken);
        attachment.Remove(document, time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(DocumentAuditActions.RemoveAttachment, document, $"删除《{document.Title}》的附件“{attachment.FileName}”");
        db.WriteRevision(document, AddDocumentAttachmentHandler.Note("删除附件", attachment.FileName), time, currentUser);
        await db.SaveChangesAsync(cancellationToken);
        return document.Id;
    }
}
