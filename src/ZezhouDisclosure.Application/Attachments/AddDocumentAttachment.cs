using System.Security.Cryptography;
using FluentValidation.Results;
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
        var fileName = Refuse(() => DocumentAttachment.CleanFileName(command.FileName));
        var kind = AttachmentKinds.FromFileName(fileName) ?? throw Invalid($"只能上传{AttachmentKinds.AcceptedDescription}文件。");

        // Read at most one byte more than allowed, whatever length the client declared.
        await using var buffer = new MemoryStream();
        await CopyBoundedAsync(command.Content!, buffer, settings.MaxFileBytes + 1, cancellationToken);
        Refuse(() => AttachmentKinds.CheckSize(buffer.Length, settings.MaxFileBytes));

        var header = buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, AttachmentKinds.SignatureLength));
        if (!AttachmentKinds.MatchesSignature(kind, header))
        {
            throw Invalid($"文件“{fileName}”的内容与扩展名不符（不是真正的{AttachmentKinds.Label(kind)}文件），已拒绝上传。请上传原始文件，不要只修改扩展名。");
        }

        buffer.Position = 0;
        var inspection = inspector.Inspect(buffer, kind);
        if (inspection.Problem is not null)
        {
            throw Invalid($"文件“{fileName}”：{inspection.Problem}");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Position = 0;
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

    private static async Task CopyBoundedAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while (total < limit && (read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - total)), cancellationToken)) > 0)
        {
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            total += read;
        }
    }

    private static T Refuse<T>(Func<T> rule)
    {
        try
        {
            return rule();
        }
        catch (DomainException ex)
        {
            throw Invalid(ex.Message);
        }
    }

    private static void Refuse(Action rule) => Refuse(() =>
    {
        rule();
        return 0;
    });

    private static ValidationException Invalid(string message) =>
        new([new ValidationFailure(AddDocumentAttachmentCommand.FileField, message)]);
}
