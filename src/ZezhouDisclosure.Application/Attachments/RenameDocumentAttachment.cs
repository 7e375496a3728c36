using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Attachments;

/// <summary>
/// A clerk gives an attachment of a draft or returned document a display name (显示名称, e.g. “附件1：申请表”), shown
/// to readers instead of the uploaded file name; blank clears it. Returns the document's id.
/// </summary>
public sealed record RenameDocumentAttachmentCommand(int AttachmentId, string? DisplayName) : ICommand<int>;

public sealed class RenameDocumentAttachmentValidator : AbstractValidator<RenameDocumentAttachmentCommand>
{
    public RenameDocumentAttachmentValidator()
    {
        RuleFor(x => x.DisplayName).MaximumLength(DataLimits.Name).WithMessage($"附件显示名称不能超过{DataLimits.Name}个字。");
    }
}

public sealed class RenameDocumentAttachmentHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<RenameDocumentAttachmentCommand, int>
{
    public async ValueTask<int> Handle(RenameDocumentAttachmentCommand command, CancellationToken cancellationToken)
    {
        var (attachment, document) = await AttachmentAccess.EditableAttachmentAsync(db, currentUser, command.AttachmentId, cancellationToken);
        attachment.Rename(document, command.DisplayName);
        db.Audit(DocumentAuditActions.RenameAttachment, document,
            $"将《{document.Title}》的附件“{attachment.FileName}”显示为“{attachment.Label}”");
        db.WriteRevision(document, AddDocumentAttachmentHandler.Note("附件改名", attachment.Label), time, currentUser);
        await db.SaveChangesAsync(cancellationToken);
        return document.Id;
    }
}
