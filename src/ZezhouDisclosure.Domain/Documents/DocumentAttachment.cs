using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Documents;

/// <summary>
/// A 附件 of a document: the file is kept by the attachment store under a generated key, never under the name the
/// clerk uploaded it with; the original name is only shown and offered as the download name.
/// </summary>
public class DocumentAttachment : Entity, IOrganisationOwned, IAuditable, ISoftDeletable
{
    private DocumentAttachment()
    {
    }

    public DocumentAttachment(
        Document document, string fileName, string storageKey, AttachmentKind kind, long size, string sha256, int sortOrder)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.IsEditable)
        {
            throw new DomainException("只有草稿或已退回的信息可以添加附件。");
        }

        var name = CleanFileName(fileName);
        if (AttachmentKinds.FromFileName(name) != kind)
        {
            throw new DomainException($"附件类型不在允许范围内，只能上传{AttachmentKinds.AcceptedDescription}文件。");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(storageKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        DocumentId = document.Id;
        OrganisationId = document.OrganisationId;
        FileName = name;
        StorageKey = storageKey;
        Kind = kind;
        ContentType = AttachmentKinds.ContentType(kind);
        Size = size;
        Sha256 = sha256;
        SortOrder = sortOrder;
    }

    public int DocumentId { get; private set; }

    public int OrganisationId { get; private set; }

    /// <summary>The original file name (may be Chinese), without any folder part.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>显示名称: what readers see instead of the file name (e.g. “附件1：申请表”); null shows the file name.</summary>
    public string? DisplayName { get; private set; }

    /// <summary>The name shown in lists: the display name, else the file name.</summary>
    public string Label => DisplayName ?? FileName;

    /// <summary>The attachment store's generated key; never derived from the uploaded name.</summary>
    public string StorageKey { get; private set; } = "";

    public AttachmentKind Kind { get; private set; }

    public string ContentType { get; private set; } = "";

    /// <summary>Bytes.</summary>
    public long Size { get; private set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>For a PDF: whether it has a text layer (a scan without one cannot be searched or read aloud). Null for other kinds.</summary>
    public bool? HasTextLayer { get; private set; }

    /// <summary>Plain text of a PDF or DOCX, at most <see cref="AttachmentKinds.MaxExtractedTextLength"/> characters, for the search index.</summary>
    public string? ExtractedText { get; private set; }

    /// <summary>Position in the document's list, 1 first.</summary>
    public int SortOrder { get; private set; }

    public bool IsDeleted { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    public string? DeletedBy { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>True for a PDF that was found to have no text layer (扫描件).</summary>
    public bool IsScanWithoutText => Kind == AttachmentKind.Pdf && HasTextLayer == false;

    /// <summary>Records what the inspector found in the content: the text layer (PDF only) and the plain text.</summary>
    public void SetText(bool? hasTextLayer, string? text)
    {
        HasTextLayer = Kind == AttachmentKind.Pdf ? hasTextLayer : null;
        var trimmed = text?.Trim();
        ExtractedText = string.IsNullOrEmpty(trimmed)
            ? null
            : trimmed.Length > AttachmentKinds.MaxExtractedTextLength ? trimmed[..AttachmentKinds.MaxExtractedTextLength] : trimmed;
    }

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;

    /// <summary>Gives the attachment a display name (blank clears it) while its document may still be edited.</summary>
    public void Rename(Document document, string? displayName)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Id != DocumentId)
        {
            throw new DomainException("附件不属于该信息。");
        }

        if (!document.IsEditable)
        {
            throw new DomainException("只有草稿或已退回的信息可以修改附件名称。");
        }

        var name = displayName is null ? "" : new string(displayName.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length > DataLimits.Name)
        {
            throw new DomainException($"附件显示名称不能超过{DataLimits.Name}个字。");
        }

        DisplayName = name.Length == 0 ? null : name;
    }

    /// <summary>Removes the attachment from a document that may still be edited (soft delete: the file is kept).</summary>
    public void Remove(Document document, DateTime now, string by)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Id != DocumentId)
        {
            throw new DomainException("附件不属于该信息。");
        }

        if (!document.IsEditable)
        {
            throw new DomainException("只有草稿或已退回的信息可以删除附件。");
        }

        if (IsDeleted)
        {
            return;
        }

        IsDeleted = true;
        DeletedAt = now;
        DeletedBy = by;
    }

    /// <summary>The name without any folder part a browser may send, trimmed to the stored length.</summary>
    public static string CleanFileName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        if (name.Length == 0 || name.Trim('.').Length == 0)
        {
            throw new DomainException("附件文件名不能为空。");
        }

        if (name.Length > DataLimits.Name)
        {
            var dot = name.LastIndexOf('.');
            var extension = dot > 0 ? name[dot..] : "";
            name = name[..(DataLimits.Name - extension.Length)] + extension;
        }

        return name;
    }
}
