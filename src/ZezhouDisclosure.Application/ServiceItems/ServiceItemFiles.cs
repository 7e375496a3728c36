using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>
/// A clerk attaches a 空白表格 or 示例样表 to one 申请材料 of a draft or returned item. The file goes through the same
/// checks as a document's 附件 (<see cref="AttachmentUpload"/>) and the same store; it is removed again when the row
/// cannot be written.
/// </summary>
public sealed record AddServiceItemFileCommand(int ServiceItemId, int MaterialKey, MaterialFileRole Role, string? FileName, Stream? Content)
    : ICommand<int>
{
    public const string FileField = "File";
}

public sealed class AddServiceItemFileValidator : AbstractValidator<AddServiceItemFileCommand>
{
    public AddServiceItemFileValidator()
    {
        RuleFor(c => c.Content).NotNull().OverridePropertyName(AddServiceItemFileCommand.FileField).WithMessage("请选择要上传的表格。");
        RuleFor(c => c.Role).IsInEnum().WithMessage("请选择空白表格或示例样表。");
    }
}

public sealed class AddServiceItemFileHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    IAttachmentStore store,
    IAttachmentInspector inspector,
    AttachmentSettings settings) : ICommandHandler<AddServiceItemFileCommand, int>
{
    public async ValueTask<int> Handle(AddServiceItemFileCommand command, CancellationToken cancellationToken)
    {
        var item = await ServiceItemAccess.ClerkItemAsync(db, currentUser, command.ServiceItemId, cancellationToken);
        if (!item.IsEditable)
        {
            throw new ConflictException("只有草稿或已退回的办事指南可以上传表格，请先开始修订。");
        }

        var material = item.Guide.Materials.FirstOrDefault(m => m.Key == command.MaterialKey) ?? throw new NotFoundException("申请材料不存在。");
        using var upload = await AttachmentUpload.CheckAsync(
            command.FileName, command.Content!, AddServiceItemFileCommand.FileField, settings, inspector, cancellationToken);
        var key = await store.SaveAsync(upload.Content, AttachmentKinds.Extension(upload.Kind), cancellationToken);
        try
        {
            var file = new ServiceItemFile(item, material.Key, command.Role, upload.FileName, key, upload.Kind, upload.Size, upload.Sha256);
            db.ServiceItemFiles.Add(file);
            db.Audit(
                ServiceItemAuditActions.AddFile, nameof(ServiceItem), CreateServiceItemHandler.Id(item), item.OrganisationId,
                $"为《{item.Name}》的申请材料“{material.Name}”上传{ServiceLabels.Of(command.Role)}“{upload.FileName}”");
            await db.SaveChangesAsync(cancellationToken);
            return file.Id;
        }
        catch
        {
            store.Delete(key);
            throw;
        }
    }
}

/// <summary>A clerk removes a blank form or example from a draft or returned item.</summary>
public sealed record RemoveServiceItemFileCommand(int ServiceItemId, int FileId) : ICommand;

public sealed class RemoveServiceItemFileHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<RemoveServiceItemFileCommand>
{
    public async ValueTask<Unit> Handle(RemoveServiceItemFileCommand command, CancellationToken cancellationToken)
    {
        var item = await ServiceItemAccess.ClerkItemAsync(db, currentUser, command.ServiceItemId, cancellationToken);
        var file = await db.ServiceItemFiles.FirstOrDefaultAsync(f => f.Id == command.FileId && f.ServiceItemId == item.Id, cancellationToken)
            ?? throw new NotFoundException();
        if (!item.IsEditable)
        {
            throw new ConflictException("只有草稿或已退回的办事指南可以删除表格，请先开始修订。");
        }

        file.Remove(item, time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(ServiceItemAuditActions.RemoveFile, nameof(ServiceItem), CreateServiceItemHandler.Id(item), item.OrganisationId, $"删除《{item.Name}》的表格“{file.FileName}”");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>A blank form or example of a published item, for anyone (else 404).</summary>
public sealed record GetPublicServiceItemFileQuery(int ServiceItemId, int FileId) : IQuery<AttachmentDownload>;

public sealed class GetPublicServiceItemFileHandler(IAppDbContext db) : IQueryHandler<GetPublicServiceItemFileQuery, AttachmentDownload>
{
    public async ValueTask<AttachmentDownload> Handle(GetPublicServiceItemFileQuery query, CancellationToken cancellationToken) =>
        await (from f in db.ServiceItemFiles.AsNoTracking()
               where f.Id == query.FileId && f.ServiceItemId == query.ServiceItemId
               join i in db.ServiceItems on f.ServiceItemId equals i.Id
               where i.PublishedGuideJson != null
               select new AttachmentDownload(f.FileName, f.ContentType, f.StorageKey, f.Size))
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("表格不存在或尚未公开。");
}
