using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Domain.Columns;

namespace ZezhouDisclosure.Web.Features.Disclosure.Components;

/// <summary>
/// The 政府信息公开 column tree beside every disclosure page, with the current branch open. Within an organisation's
/// pages only its own share of the tree is shown (<see cref="ColumnPaths.AppliesTo"/>: a township's 第二十一条 branch
/// or the county level's, not both).
/// </summary>
public sealed class DisclosureNavViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? currentPath, OrganisationSummary? organisation)
    {
        // Retired columns (停用) leave the navigation; their pages stay reachable at their addresses.
        var tree = (await sender.Send(new GetColumnTreeQuery())).Where(c => !c.IsRetired);
        IReadOnlyList<ColumnNode> shown = organisation is null ? [.. tree] : [.. tree.Where(c => ColumnPaths.AppliesTo(c.Path, organisation.Kind))];
        return View(new DisclosureNavModel(shown, currentPath ?? "", organisation?.Slug));
    }
}

public sealed record DisclosureNavModel(IReadOnlyList<ColumnNode> Tree, string CurrentPath, string? OrganisationSlug)
{
    /// <summary>The column's page, within the organisation's share of the tree when it is a 政府信息公开 column.</summary>
    public string UrlOf(ColumnNode column) =>
        PortalUrls.Column(column.Path, column.Path.StartsWith(PortalUrls.Disclosure[1..] + "/", StringComparison.Ordinal) ? OrganisationSlug : null);

    /// <summary>The 政府信息公开目录 of the organisation, or the county-wide one.</summary>
    public string CatalogueUrl => OrganisationSlug is null ? PortalUrls.DisclosureCatalogue : PortalUrls.OrganisationCatalogue(OrganisationSlug);

    public bool IsOnPath(ColumnNode column) =>
        CurrentPath == column.Path || CurrentPath.StartsWith(column.Path + "/", StringComparison.Ordinal);
}
