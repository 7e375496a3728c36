using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>
/// Keeps attachment files outside the web root under generated keys (implemented in Infrastructure: a local folder
/// by default, a shared mount when several web nodes run). Keys are the store's own; any other key is refused, so no
/// name a user typed can reach the file system.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Writes the content under a new generated key (to a temporary name first, then moved) and returns the key.</summary>
    Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken);

    /// <summary>Opens a stored file for reading; throws <see cref="FileNotFoundException"/> when it is missing.</summary>
    Stream OpenRead(string key);

    /// <summary>Removes a stored file; missing files are ignored.</summary>
    void Delete(string key);
}

/// <summary>The attachment settings the use cases and the upload form need.</summary>
/// <param name="MaxFileBytes">The largest file accepted (Portal:Attachments:MaxFileMegabytes, default 20 MB).</param>
public sealed record AttachmentSettings(long MaxFileBytes);

/// <summary>What the inspector found in an uploaded file.</summary>
/// <param name="Problem">Why the content is refused (Chinese, shown to the clerk), or null when it is acceptable.</param>
/// <param name="HasTextLayer">For a PDF: whether any page has text. Null for other kinds.</param>
/// <param name="Text">Plain text of a PDF or DOCX for the search index (may be long; the entity bounds it).</param>
public sealed record AttachmentInspection(string? Problem, bool? HasTextLayer, string? Text)
{
    public static AttachmentInspection Refused(string problem) => new(problem, null, null);
}

/// <summary>Looks inside an uploaded file of a claimed kind: container contents and text (implemented in Infrastructure).</summary>
public interface IAttachmentInspector
{
    /// <summary>Checks the content beyond its magic bytes (the ZIP parts of DOCX/XLSX/OFD, a readable PDF) and extracts text.</summary>
    AttachmentInspection Inspect(Stream content, AttachmentKind kind);
}
