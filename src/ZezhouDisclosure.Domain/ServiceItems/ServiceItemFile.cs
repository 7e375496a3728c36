using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Domain.ServiceItems;

/// <summary>
/// A 空白表格 or 示例样表 of one 申请材料, kept by the attachment store under a generated key like a document's 附件 (the
/// uploaded name is only shown). Added and removed while the working copy may be edited; public with its item.
/// </summary>
public class ServiceItemFile : Entity, IOrganisationOwned, IAuditable, ISoftDeletable
{
    private ServiceItemFile()
    {
    }

    public ServiceItemFile(
        ServiceItem item, int materialKey, MaterialFileRole role, string fileName, string storageKey, AttachmentKind kind, long size, string sha256)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.IsEditable)
        {
            throw new DomainException("只有草稿或已退回的办事指南可以上传表格。");
        }

        if (item.Guide.Materials.All(m => m.Key != materialKey))
        {
            throw new DomainException("申请材料不存在，请先保存办事指南。");
        }

        if (!Enum.IsDefined(role))
        {
            throw new DomainException("请选择空白表格或示例样表。");
        }

        var name = DocumentAttachment.CleanFileName(fileName);
        if (AttachmentKinds.FromFileName(name) != kind)
        {
            throw new DomainException($"附件类型不在允许范围内，只能上传{AttachmentKinds.AcceptedDescription}文件。");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(storageKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        ServiceItemId = item.Id;
        OrganisationId = item.OrganisationId;
        MaterialKey = materialKey;
        Role = role;
        FileName = name;
        StorageKey = storageKey;
        Kind = kind;
        ContentType = AttachmentKinds.ContentType(kind);
        Size = size;
        Sha256 = sha256;
    }

    public int ServiceItemId { get; private set; }

    public int OrganisationId { get; private set; }

    /// <summary>The <see cref="ServiceMaterial.Key"/> the file belongs to.</summary>
    public int MaterialKey { get; private set; }

    public MaterialFileRole Role { get; private set; }

    public string FileName { get; private set; } = "";

    public string StorageKey { get; private set; } = "";

    public AttachmentKind Kind { get; private set; }

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    public bool IsDeleted { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    public string? DeletedBy { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Removes the file while the item may be edited (soft delete: the stored file stays).</summary>
    public void Remove(ServiceItem item, DateTime now, string by)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Id != ServiceItemId)
        {
            throw new DomainException("表格不属于该事项。");
        }

        if (!item.IsEditable)
        {
            throw new DomainException("只有草稿或已退回的办事指南可以删除表格。");
        }

        IsDeleted = true;
        DeletedAt = now;
        DeletedBy = by;
    }
}
