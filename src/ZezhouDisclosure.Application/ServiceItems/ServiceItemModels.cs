using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>A row of a service-item list (staff or public).</summary>
public sealed record ServiceItemRow(
    int Id, string Name, string OrganisationName, ServiceItemStatus Status, int PublishedVersion, DateTime? PublishedAt, DateTime? UpdatedAt)
{
    public string StatusLabel => ServiceLabels.Of(Status);
}

/// <summary>A file of an 申请材料 as the pages list it.</summary>
public sealed record ServiceFileRow(int Id, int MaterialKey, MaterialFileRole Role, string FileName, AttachmentKind Kind, long Size)
{
    public string RoleLabel => ServiceLabels.Of(Role);

    public string SizeLabel => AttachmentKinds.DescribeSize(Size);

    public string KindLabel => AttachmentKinds.Label(Kind);
}

/// <summary>A published version (第 N 版) with what changed.</summary>
public sealed record ServiceVersionRow(int Number, DateTime PublishedAt, string Changes, string? Note);

/// <summary>A guide as a page shows it: the item, its unit, the guide, its files and its versions.</summary>
public sealed record ServiceItemPage(
    int Id,
    int OrganisationId,
    string OrganisationName,
    string OrganisationSlug,
    ServiceGuide Guide,
    IReadOnlyList<ServiceFileRow> Files,
    IReadOnlyList<ServiceVersionRow> Versions,
    int PublishedVersion,
    DateTime? PublishedAt)
{
    public IEnumerable<ServiceFileRow> FilesOf(int materialKey) => Files.Where(f => f.MaterialKey == materialKey);
}

/// <summary>The staff page: the working copy, the state, the pending changes and the actions allowed.</summary>
public sealed record StaffServiceItem(
    ServiceItemPage Page,
    ServiceItemStatus Status,
    int Version,
    string? ReviewComment,
    string? ChangeNote,
    IReadOnlyList<string> PendingChanges,
    bool HasUnpublishedChanges,
    AllowedServiceItemActions Allowed,
    ServiceItemCatalogueLinks? CatalogueLinks = null)
{
    public string StatusLabel => ServiceLabels.Of(Status);
}
