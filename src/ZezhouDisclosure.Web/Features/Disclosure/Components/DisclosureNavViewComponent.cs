using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Portal;

namespace ZezhouDisclosure.Web.Features.Disclosure.Components;

/// <summary>The 政府信息公开 column tree beside every disclosure page, with the current branch open.</summary>
public sealed class DisclosureNavViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? currentPath, string? organisationSlug)
    {
        var tree = await sender.Send(new GetColumnTreeQuery());
        return View(new DisclosureNavModel(tree, currentPath ?? "", organisationSlug));
    }
}

public sealed record DisclosureNavModel(IReadOnlyList<ColumnNode> Tree, string CurrentPath, string? OrganisationSlug)
{
    /// <summary>The column's page, within the organisation's share of the tree when it is a 政府信息公开 column.</summary>
    public string UrlOf(ColumnNode column) =>
        PortalUrls.Column(column.Path, column.Path.StartsWith(PortalUrls.Disclosure[1..] + "/", StringComparison.Ordinal) ? OrganisationSlug : null);

    public bool IsOnPath(ColumnNode column) =>
        CurrentPath == column.Path || CurrentPath.StartsWith(column.Path + "/", StringComparison.Ordinal);
}
