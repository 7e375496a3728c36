using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Attachments;

/// <summary>An attachment as listed on a document's staff or public page.</summary>
public sealed record AttachmentRow(int Id, string FileName, AttachmentKind Kind, long Size, bool? HasTextLayer, string? DisplayName = null)
{
    /// <summary>The name readers see: the display name (显示名称) when one was given, else the file name.</summary>
    public string Label => DisplayName ?? FileName;

    public string KindLabel => AttachmentKinds.Label(Kind);

    public string SizeLabel => AttachmentKinds.DescribeSize(Size);

    /// <summary>A PDF without a text layer (扫描件): the clerk is warned.</summary>
    public bool IsScanWithoutText => Kind == AttachmentKind.Pdf && HasTextLayer == false;
}

/// <summary>What a download needs: the stored file and the name and type to serve it with.</summary>
public sealed record AttachmentDownload(string FileName, string ContentType, string StorageKey, long Size)
{
    /// <summary>The attachment's document (staff reads only; 0 on public downloads).</summary>
    public int DocumentId { get; init; }
}

/// <summary>A public download: the file, or the withdrawal of its document (the route then answers 410).</summary>
public sealed record PublicAttachment(AttachmentDownload? File, bool DocumentWithdrawn);
