using ZezhouDisclosure.Application.Common.Models;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;

namespace ZezhouDisclosure.Web.Features.Disclosure.Models;

/// <summary>A column page: the column, its sub-columns and one page of its documents (optionally of one organisation).</summary>
public sealed record ColumnPageViewModel(
    ColumnNode Column,
    IReadOnlyList<ColumnNode> Breadcrumb,
    IReadOnlyList<ColumnNode> Children,
    PagedList<PublicDocumentRow> Documents,
    OrganisationSummary? Organisation)
{
    /// <summary>This list's URL with a <c>{page}</c> placeholder, for the pager.</summary>
    public string PageUrlTemplate => PortalUrls.Column(Column.Path, Organisation?.Slug) + "?page={page}";
}
