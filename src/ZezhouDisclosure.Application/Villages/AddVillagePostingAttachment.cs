using System.Globalization;
using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>
/// A file attached to a draft or returned posting (e.g. the month's 村级财务收支明细): the same checks and storage as a
/// document's 附件; the stored file is removed again when the database write fails.
/// </summary>
public sealed record AddVillagePostingAttachmentCommand(int PostingId, string? FileName, Stream? Content) : ICommand<int>
{
    public const string FileField = "File";
}

public sealed class AddVillagePostingAttachmentValidator : AbstractValidator<AddVillagePostingAttachmentCommand>
{
    public AddVillagePostingAttachmentValidator() =>
        RuleFor(c => c.Content).NotNull().OverridePropertyName(AddVillagePostingAttachmentCommand.FileField).WithMessage("请选择要上传的附件。");
}

public sealed class AddVillagePostingAttachmentHandler(
    IAppDbContext db, ICurrentUser currentUser, IAttachmentStore store, IAttachmentInspector inspector, AttachmentSettings settings)
    : ICommandHandler<AddVillagePostingAttachmentCommand, int>
{
    public async ValueTask<int> Handle(AddVillagePostingAttachmentCommand command, CancellationToken cancellationToken)
    {
        var posting = await db.VillagePostings.FirstOrDefaultAsync(p => p.Id == command.PostingId, cancellationToken)
            ?? throw new NotFoundException("村（居）务公开不存在。");
        var village = await VillageAccess.VillageAsync(db, posting.OrganisationId, cancellationToken);
        VillageAccess.RequireWriter(currentUser, village);
        if (!posting.CanEdit)
        {
            throw new DomainException("已提交或已公开的村务公开不能再添加附件。");
        }

        using var upload = await AttachmentUpload.CheckAsync(command.FileName, command.Content!, AddVillagePostingAttachmentCommand.FileField, settings, inspector, cancellationToken);
        var key = await store.SaveAsync(upload.Content, AttachmentKinds.Extension(upload.Kind), cancellationToken);
        try
        {
            var attachment = new VillagePostingAttachment(posting, upload.FileName, key, AttachmentKinds.ContentType(upload.Kind), upload.Size, upload.Sha256);
            db.VillagePostingAttachments.Add(attachment);
            db.Audit(VillageAuditActions.AddAttachment, nameof(VillagePosting), posting.Id.ToString(CultureInfo.InvariantCulture), village.Id,
                $"{village.Name}：为《{posting.Title}》添加附件“{upload.FileName}”");
            await db.SaveChangesAsync(cancellationToken);
            return attachment.Id;
        }
        catch
        {
            store.Delete(key);
            throw;
        }
    }
}
