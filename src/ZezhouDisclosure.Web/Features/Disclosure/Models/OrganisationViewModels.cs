using ZezhouDisclosure.Application.Common.Models;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;

namespace ZezhouDisclosure.Web.Features.Disclosure.Models;

public sealed record OrganisationPageViewModel(OrganisationSummary Organisation, PagedList<PublicDocumentRow> Documents);

/// <summary>A 政府信息公开目录 (条例第十二条): one organisation's, or county-wide when <see cref="Organisation"/> is null.</summary>
public sealed record DisclosureCatalogueViewModel(OrganisationSummary? Organisation, PagedList<PublicDocumentRow> Documents)
{
    /// <summary>The navigation marker of the 目录 page (it is not a column).</summary>
    public const string NavPath = "xxgk/ml";

    public string Url => Organisation is null ? PortalUrls.DisclosureCatalogue : PortalUrls.OrganisationCatalogue(Organisation.Slug);

    public string Heading => Organisation is null ? "政府信息公开目录" : Organisation.Name + " 政府信息公开目录";
}
