using Microsoft.Extensions.Configuration;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Infrastructure.Attachments;

/// <summary>
/// The <c>Portal:Attachments</c> configuration section. <c>Path</c> is where attachment files are kept: by default
/// <c>attachments</c> in the data directory (App_Data, outside wwwroot). When several web nodes run, point it at the
/// same shared mount (NFS/SMB) on every node, so a file uploaded through one node downloads from all.
/// </summary>
public sealed class AttachmentOptions
{
    public const string SectionName = "Portal:Attachments";

    /// <summary>Folder for attachment files; relative paths are taken from the content root.</summary>
    public string? Path { get; set; }

    /// <summary>Largest file accepted, in megabytes (default 20).</summary>
    public int MaxFileMegabytes { get; set; } = (int)(AttachmentKinds.DefaultMaxBytes / 1024 / 1024);

    /// <summary>Reads and checks the section; throws with a message naming the setting when it is wrong.</summary>
    public static (string Root, long MaxFileBytes) Resolve(IConfiguration configuration, string contentRoot, string dataDirectory)
    {
        var options = configuration.GetSection(SectionName).Get<AttachmentOptions>() ?? new AttachmentOptions();
        if (options.MaxFileMegabytes is < 1 or > 1024)
        {
            throw new InvalidOperationException("Portal:Attachments:MaxFileMegabytes must be between 1 and 1024.");
        }

        var root = string.IsNullOrWhiteSpace(options.Path)
            ? System.IO.Path.Combine(dataDirectory, "attachments")
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, options.Path));
        return (System.IO.Path.GetFullPath(root), options.MaxFileMegabytes * 1024L * 1024L);
    }
}
