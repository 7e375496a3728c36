using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Domain.Columns;

namespace ZezhouDisclosure.Web.Features.Disclosure.Components;

/// <summary>
/// The 政府信息公开 column tree beside every disclosure page, with the current branch open. Within an organisation's
/// pages only its own share of the tree is shown (<see cref="ColumnPaths.AppliesTo"/>: a township's 第二十一条 branch
/// or the county level's, not both).
/// </summary>
/// <remarks>
/// The rendered HTML is kept in <see cref="IPublicReadCache"/> per (current column, organisation), like the column
/// tree it is made from (issue 19: rendering the tree was a share of every uncached column page). That cache is emptied
/// on every committed public change, so a renamed, added or hidden column shows at once on this node.
/// </remarks>
public sealed class DisclosureNavViewComponent(ISender sender, IPublicReadCache cache) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? currentPath, OrganisationSummary? organisation)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"fragment:disclosure-nav:{currentPath}|{organisation?.Slug}|{organisation?.Kind}");
        var html = await cache.GetOrCreateAsync(key, _ => RenderAsync(currentPath, organisation), HttpContext.RequestAborted);
        return new HtmlContentViewComponentResult(new HtmlString(html));
    }

    private async Task<string> RenderAsync(string? currentPath, OrganisationSummary? organisation)
    {
        // Retired columns (停用) leave the navigation; their pages stay reachable at their addresses.
        var tree = (await sender.Send(new GetColumnTreeQuery())).Where(c => !c.IsRetired);
        IReadOnlyList<ColumnNode> shown = organisation is null ? [.. tree] : [.. tree.Where(c => ColumnPaths.AppliesTo(c.Path, organisation.Kind))];
        var view = View(new DisclosureNavModel(shown, currentPath ?? "", organisation?.Slug));
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var context = ViewComponentContext;
        await view.ExecuteAsync(new ViewComponentContext(context.ViewComponentDescriptor, context.Arguments, context.HtmlEncoder, context.ViewContext, writer));
        return writer.ToString();
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
