using System.Security.Cryptography;
using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Attachments;

/// <summary>An uploaded file that passed the checks: its clean name, kind, content (in memory), hash and inspection.</summary>
public sealed class CheckedUpload(string fileName, AttachmentKind kind, MemoryStream content, string sha256, AttachmentInspection inspection) : IDisposable
{
    public string FileName { get; } = fileName;

    public AttachmentKind Kind { get; } = kind;

    /// <summary>The content, positioned at its start.</summary>
    public MemoryStream Content { get; } = content;

    public long Size => Content.Length;

    public string Sha256 { get; } = sha256;

    public AttachmentInspection Inspection { get; } = inspection;

    public void Dispose() => Content.Dispose();
}

/// <summary>
/// The checks every uploaded file goes through, whatever it is attached to (a document's 附件, a reply's 答复所附信息):
/// a clean name of an accepted kind, a bounded size (read at most one byte past the limit, whatever the client declared),
/// magic bytes that match the extension, and the inspector's look inside the container. Failures are
/// <see cref="ValidationException"/>s on the given form field, in Chinese.
/// </summary>
public static class AttachmentUpload
{
    public static async Task<CheckedUpload> CheckAsync(
        string? uploadedName, Stream content, string field, AttachmentSettings settings, IAttachmentInspector inspector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var fileName = Refuse(field, () => DocumentAttachment.CleanFileName(uploadedName));
        var kind = AttachmentKinds.FromFileName(fileName) ?? throw Invalid(field, $"只能上传{AttachmentKinds.AcceptedDescription}文件。");

        var buffer = new MemoryStream();
        try
        {
            await CopyBoundedAsync(content, buffer, settings.MaxFileBytes + 1, cancellationToken);
            Refuse(field, () =>
            {
                AttachmentKinds.CheckSize(buffer.Length, settings.MaxFileBytes);
                return 0;
            });

            var header = buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, AttachmentKinds.SignatureLength));
            if (!AttachmentKinds.MatchesSignature(kind, header))
            {
                throw Invalid(field, $"文件“{fileName}”的内容与扩展名不符（不是真正的{AttachmentKinds.Label(kind)}文件），已拒绝上传。请上传原始文件，不要只修改扩展名。");
            }

            buffer.Position = 0;
            var inspection = inspector.Inspect(buffer, kind);
            if (inspection.Problem is not null)
            {
                throw Invalid(field, $"文件“{fileName}”：{inspection.Problem}");
            }

            var sha256 = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
            buffer.Position = 0;
            return new CheckedUpload(fileName, kind, buffer, sha256, inspection);
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
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

    private static T Refuse<T>(string field, Func<T> rule)
    {
        try
        {
            return rule();
        }
        catch (DomainException ex)
        {
            throw Invalid(field, ex.Message);
        }
    }

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);
}
