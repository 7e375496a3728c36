using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Attachments;

/// <summary>
/// A clerk attaches a file to a draft or returned document of their organisation. The extension and the content
/// must agree, the size must be within the limit; the file is stored under a generated key and removed again when
/// the database write fails, so nothing is half-saved.
/// </summary>
public sealed record AddDocumentAttachmentCommand(int DocumentId, string? FileName, Stream? Content) : ICommand<int>
{
    /// <summary>The form field the errors belong to.</summary>
    public const string FileField = "File";
}

public sealed class AddDocumentAttachmentValidator : AbstractValidator<AddDocumentAttachmentCommand>
{
    public AddDocumentAttachmentValidator()
    {
        RuleFor(c => c.Content).NotNull().OverridePropertyName(AddDocumentAttachmentCommand.FileField).WithMessage("请选择要上传的附件。");
        RuleFor(c => c.FileName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("请选择要上传的附件。")
            .Must(name => AttachmentKinds.FromFileName(name) is not null)
            .WithMessage(c => $"不支持“{Path.GetExtension(c.FileName)}”类型的文件，只能上传{AttachmentKinds.AcceptedDescription}文件。")
            .OverridePropertyName(AddDocumentAttachmentCommand.FileField)
            .When(c => c.Content is not null);
    }
}

public sealed class AddDocumentAttachmentHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    IAttachmentStore store,
    IAttachmentInspector inspector,
    AttachmentSettings settings,
    TimeProvider time) : ICommandHandler<AddDocumentAttachmentCommand, int>
{
    public async ValueTask<int> Handle(AddDocumentAttachmentCommand command, CancellationToken cancellationToken)
    {
        var document = await AttachmentAccess.EditableDocumentAsync(db, currentUser, command.DocumentId, cancellationToken);
        using var upload = await AttachmentUpload.CheckAsync(
            command.FileName, command.Content!, AddDocumentAttachmentCommand.FileField, settings, inspector, cancellationToken);
        var (fileName, kind, buffer, sha256, inspection) = (upload.FileName, upload.Kind, upload.Content, upload.Sha256, upload.Inspection);
        var key = await store.SaveAsync(buffer, AttachmentKinds.Extension(kind), cancellationToken);
        try
        {
            var order = await db.DocumentAttachments.Where(a => a.DocumentId == document.Id)
                .MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? 0;
            var attachment = new DocumentAttachment(document, fileName, key, kind, buffer.Length, sha256, order + 1);
            attachment.SetText(inspection.HasTextLayer, inspection.Text);
            db.DocumentAttachments.Add(attachment);
            db.Audit(DocumentAuditActions.AddAttachment, document, $"为《{document.Title}》添加附件“{fileName}”（{AttachmentKinds.DescribeSize(buffer.Length)}）");
            db.WriteRevision(document, Note("添加附件", fileName), time, currentUser);
            await db.SaveChangesAsync(cancellationToken);
            return attachment.Id;
        }
        catch
        {
            // The row was not written: the file must not stay behind.
            store.Delete(key);
            throw;
        }
    }

    internal static string Note(string what, string fileName)
    {
        var note = $"{what}：{fileName}";
        return note.Length > DataLimits.ShortText ? note[..DataLimits.ShortText] : note;
    }
}
