using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Domain.Requests;

/// <summary>
/// A file of the information disclosed in answer to an application (答复所附政府信息), attached by the handling clerk
/// while the case is in process and approved with the decision. Once the reply is answered, the applicant who asked
/// for 网上获取 or 电子邮件 downloads it with the query code (<see cref="DisclosureRequest.ProvidesInformationOnline"/>).
/// Stored like a document's attachment: under the attachment store's generated key, never the uploaded name.
/// </summary>
public class RequestReplyFile : Entity, IOrganisationOwned, IAuditable
{
    private RequestReplyFile()
    {
    }

    public RequestReplyFile(DisclosureRequest request, string fileName, string storageKey, AttachmentKind kind, long size, string sha256)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.CanChangeReplyFiles())
        {
            throw new DomainException("只有办理中的申请可以添加答复所附信息（提出办理意见前添加，随办理意见一并报批）。");
        }

        var name = DocumentAttachment.CleanFileName(fileName);
        if (AttachmentKinds.FromFileName(name) != kind)
        {
            throw new DomainException($"附件类型不在允许范围内，只能上传{AttachmentKinds.AcceptedDescription}文件。");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(storageKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        DisclosureRequestId = request.Id;
        OrganisationId = request.OrganisationId;
        FileName = name;
        StorageKey = storageKey;
        Kind = kind;
        ContentType = AttachmentKinds.ContentType(kind);
        Size = size;
        Sha256 = sha256;
    }

    public int DisclosureRequestId { get; private set; }

    public int OrganisationId { get; private set; }

    /// <summary>The original file name (may be Chinese), without any folder part.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The attachment store's generated key.</summary>
    public string StorageKey { get; private set; } = "";

    public AttachmentKind Kind { get; private set; }

    public string ContentType { get; private set; } = "";

    /// <summary>Bytes.</summary>
    public long Size { get; private set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Checks the file may be removed from <paramref name="request"/> now (the row is then deleted, the stored file kept).</summary>
    public void EnsureRemovable(DisclosureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Id != DisclosureRequestId)
        {
            throw new DomainException("该文件不属于本申请。");
        }

        if (!request.CanChangeReplyFiles())
        {
            throw new DomainException("办理意见已报批，答复所附信息不能再删除。");
        }
    }
}
