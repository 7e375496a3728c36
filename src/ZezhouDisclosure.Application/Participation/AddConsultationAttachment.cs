using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// The unit's clerk attaches a file to a draft or returned 征求意见 (征求意见稿附件): the same checks and storage as a
/// document's 附件 (extension, content, size, text for the search index); the stored file is removed again when the
/// database write fails. Returns the attachment's id.
/// </summary>
public sealed record AddConsultationAttachmentCommand(int ConsultationId, string? FileName, Stream? Content) : ICommand<int>
{
    public const string FileField = "File";
}

public sealed class AddConsultationAttachmentValidator : AbstractValidator<AddConsultationAttachmentCommand>
{
    public AddConsultationAttachmentValidator() =>
        RuleFor(c => c.Content).NotNull().OverridePropertyName(AddConsultationAttachmentCommand.FileField).WithMessage("请选择要上传的附件。");
}

public sealed class AddConsultationAttachmentHandler(
    IAppDbContext db, ICurrentUser currentUser, IAttachmentStore store, IAttachmentInspector inspector, AttachmentSettings settings)
    : ICommandHandler<AddConsultationAttachmentCommand, int>
{
    public async ValueTask<int> Handle(AddConsultationAttachmentCommand command, CancellationToken cancellationToken)
    {
        var consultation = await ConsultationAccess.LoadOwnAsync(db, currentUser, command.ConsultationId, cancellationToken);
        if (!consultation.IsEditable)
        {
            throw new ConflictException("只有草稿或已退回的征求意见可以添加附件。");
        }

        using var upload = await AttachmentUpload.CheckAsync(
            command.FileName, command.Content!, AddConsultationAttachmentCommand.FileField, settings, inspector, cancellationToken);
        var key = await store.SaveAsync(upload.Content, AttachmentKinds.Extension(upload.Kind), cancellationToken);
        try
        {
            var attachment = ConsultationAccess.Guard(() => consultation.Attach(new ConsultationAttachmentFile(
                upload.FileName, key, upload.Kind, AttachmentKinds.ContentType(upload.Kind), upload.Size, upload.Sha256,
                upload.Inspection.HasTextLayer, upload.Inspection.Text)));
            db.ConsultationAttachments.Add(attachment);
            db.Audit(ParticipationAuditActions.AttachmentAdd, consultation,
                $"为征求意见《{consultation.Title}》添加附件“{upload.FileName}”（{AttachmentKinds.DescribeSize(upload.Size)}）");
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
}
