using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>Serves a stored attachment with safe headers: always a download, never sniffed, the original name kept.</summary>
public static class AttachmentFiles
{
    public static IActionResult Serve(ControllerBase controller, IAttachmentStore store, AttachmentDownload download)
    {
        Stream stream;
        try
        {
            stream = store.OpenRead(download.StorageKey);
        }
        catch (FileNotFoundException)
        {
            throw new NotFoundException("附件文件不存在，请联系发布机构。");
        }
        catch (DirectoryNotFoundException)
        {
            throw new NotFoundException("附件文件不存在，请联系发布机构。");
        }

        controller.Response.Headers.XContentTypeOptions = "nosniff";
        // The file name goes in Content-Disposition as filename (ASCII fallback) and filename* (RFC 5987, UTF-8).
        return controller.File(stream, download.ContentType, download.FileName, enableRangeProcessing: true);
    }
}
