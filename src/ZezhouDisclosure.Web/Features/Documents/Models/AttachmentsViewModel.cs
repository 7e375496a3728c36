using ZezhouDisclosure.Application.Documents;

namespace ZezhouDisclosure.Web.Features.Documents.Models;

/// <summary>A document's attachments page: the list, and the upload form when the viewer may change them.</summary>
public sealed record AttachmentsViewModel(StaffDocument Document, bool CanManage, long MaxFileBytes);

/// <summary>The attachment list partial: which document, whether to show the order and remove buttons.</summary>
public sealed record AttachmentListModel(StaffDocument Document, bool CanManage);
