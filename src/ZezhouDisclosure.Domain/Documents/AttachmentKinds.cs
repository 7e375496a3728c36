using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Documents;

/// <summary>
/// Which files may be attached and how each kind is recognised: by its extension and by the first bytes of its
/// content (magic bytes), which must agree. Container formats (DOCX, XLSX, OFD are ZIP files) are checked further by
/// the attachment inspector, which looks inside the archive.
/// </summary>
public static class AttachmentKinds
{
    /// <summary>Default largest file (20 MB), unless configured otherwise.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Longest plain text kept per attachment for the search index.</summary>
    public const int MaxExtractedTextLength = 100_000;

    /// <summary>What the upload form says is accepted.</summary>
    public const string AcceptedDescription = "PDF、OFD、DOC、DOCX、XLS、XLSX、JPG、PNG";

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly Dictionary<string, AttachmentKind> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = AttachmentKind.Pdf,
        [".ofd"] = AttachmentKind.Ofd,
        [".doc"] = AttachmentKind.Doc,
        [".docx"] = AttachmentKind.Docx,
        [".xls"] = AttachmentKind.Xls,
        [".xlsx"] = AttachmentKind.Xlsx,
        [".jpg"] = AttachmentKind.Jpeg,
        [".jpeg"] = AttachmentKind.Jpeg,
        [".png"] = AttachmentKind.Png,
    };

    /// <summary>The number of leading bytes <see cref="MatchesSignature"/> needs.</summary>
    public const int SignatureLength = 8;

    /// <summary>The kind a file name's extension claims, or null when the extension is not accepted.</summary>
    public static AttachmentKind? FromFileName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return null;
        }

        var dot = fileName.LastIndexOf('.');
        return dot < 0 ? null : ByExtension.TryGetValue(fileName[dot..].Trim(), out var kind) ? kind : null;
    }

    /// <summary>Whether the first bytes of a file are those of its claimed kind.</summary>
    public static bool MatchesSignature(AttachmentKind kind, ReadOnlySpan<byte> header) => kind switch
    {
        AttachmentKind.Pdf => header.StartsWith(PdfSignature),
        AttachmentKind.Doc or AttachmentKind.Xls => header.StartsWith(OleSignature),
        AttachmentKind.Docx or AttachmentKind.Xlsx or AttachmentKind.Ofd => header.StartsWith(ZipSignature),
        AttachmentKind.Jpeg => header.StartsWith(JpegSignature),
        AttachmentKind.Png => header.StartsWith(PngSignature),
        _ => false,
    };

    /// <summary>The Content-Type a download of this kind is served with.</summary>
    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Ofd => "application/ofd",
        AttachmentKind.Doc => "application/msword",
        AttachmentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentKind.Xls => "application/vnd.ms-excel",
        AttachmentKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AttachmentKind.Jpeg => "image/jpeg",
        AttachmentKind.Png => "image/png",
        _ => "application/octet-stream",
    };

    /// <summary>The extension files of this kind are stored under (always lower case, one per kind).</summary>
    public static string Extension(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Jpeg => ".jpg",
        _ => "." + kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The short label people read (PDF, Word, Excel…).</summary>
    public static string Label(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "PDF",
        AttachmentKind.Ofd => "OFD",
        AttachmentKind.Doc => "Word（DOC）",
        AttachmentKind.Docx => "Word（DOCX）",
        AttachmentKind.Xls => "Excel（XLS）",
        AttachmentKind.Xlsx => "Excel（XLSX）",
        AttachmentKind.Jpeg => "JPG 图片",
        AttachmentKind.Png => "PNG 图片",
        _ => kind.ToString(),
    };

    /// <summary>A size as people read it: 12.3 KB, 1.5 MB.</summary>
    public static string DescribeSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / 1024d / 1024d).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB",
    };

    /// <summary>The size rule: not empty, not above the limit. Throws with the message the clerk reads.</summary>
    public static void CheckSize(long size, long maxBytes)
    {
        if (size <= 0)
        {
            throw new DomainException("附件是空文件，请重新选择。");
        }

        if (size > maxBytes)
        {
            throw new DomainException($"附件大小为{DescribeSize(size)}，超过了{DescribeSize(maxBytes)}的上限。请压缩或拆分后再上传。");
        }
    }
}
