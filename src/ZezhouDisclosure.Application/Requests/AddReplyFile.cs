using System.Globalization;
using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// The handling clerk attaches a file of the information to be disclosed (答复所附信息) while the case is in process;
/// it goes to the head of the office with the proposed decision. The same checks as a document's 附件
/// (<see cref="AttachmentUpload"/>); the stored file is removed again when the database write fails.
/// </summary>
public sealed record AddReplyFileCommand(int Id, string? FileName, Stream? Content) : ICommand<int>
{
    /// <summary>The form field the errors belong to.</summary>
    public const string FileField = "ReplyFile";
}

public sealed class AddReplyFileValidator : AbstractValidator<AddReplyFileCommand>
{
    public AddReplyFileValidator()
    {
        RuleFor(c => c.Content).NotNull().OverridePropertyName(AddReplyFileCommand.FileField).WithMessage("请选择要上传的文件。");
        RuleFor(c => c.FileName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("请选择要上传的文件。")
            .Must(name => AttachmentKinds.FromFileName(name) is not null)
            .WithMessage(c => $"不支持“{Path.GetExtension(c.FileName)}”类型的文件，只能上传{AttachmentKinds.AcceptedDescription}文件。")
            .OverridePropertyName(AddReplyFileCommand.FileField)
            .When(c => c.Content is not null);
    }
}

public sealed class AddReplyFileHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    IAttachmentStore store,
    IAttachmentInspector inspector,
    AttachmentSettings settings) : ICommandHandler<AddReplyFileCommand, int>
{
    public async ValueTask<int> Handle(AddReplyFileCommand command, CancellationToken cancellationToken)
    {
        var request = await StaffRequestAccess.LoadForHandlingClerkAsync(db, currentUser, command.Id, "只有承办单位的信息员可以添加答复所附信息。", cancellationToken);
        if (!request.CanChangeReplyFiles())
        {
            throw new Common.Errors.ConflictException("只有办理中的申请可以添加答复所附信息（提出办理意见前添加，随办理意见一并报批）。");
        }

        using var upload = await AttachmentUpload.CheckAsync(command.FileName, command.Content!, AddReplyFileCommand.FileField, settings, inspector, cancellationToken);
        var key = await store.SaveAsync(upload.Content, AttachmentKinds.Extension(upload.Kind), cancellationToken);
        try
        {
            var file = new RequestReplyFile(request, upload.FileName, key, upload.Kind, upload.Size, upload.Sha256);
            db.RequestReplyFiles.Add(file);
            db.Audit(RequestAuditActions.AddReplyFile, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
                $"为申请 {request.Number} 添加答复所附信息“{upload.FileName}”（{AttachmentKinds.DescribeSize(upload.Size)}）");
            await db.SaveChangesAsync(cancellationToken);
            return file.Id;
        }
        catch
        {
            // The row was not written: the file must not stay behind.
            store.Delete(key);
            throw;
        }
    }
}
