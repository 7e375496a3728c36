using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Columns;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Features.Disclosure.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Disclosure.Controllers;

/// <summary>
/// The statutory 政府信息公开 section (国办公开办函〔2019〕61号): its index, every column by path, and document pages.
/// Columns come from the database; their paths are their URLs.
/// </summary>
[Route("xxgk")]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class DisclosureController(ISender sender, IAttachmentStore attachments) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.ListsTag);
        var tree = await sender.Send(new GetColumnTreeQuery(), cancellationToken);
        var latest = await sender.Send(new ListPublishedDocumentsQuery("xxgk", null, 1, 15), cancellationToken);
        return View(new DisclosureIndexViewModel(tree, latest.Items));
    }

    /// <summary>The county-wide 政府信息公开目录: every published document, with its 成文日期 as 生成日期.</summary>
    [HttpGet("ml")]
    public async Task<IActionResult> Catalogue(int page = 1, CancellationToken cancellationToken = default)
    {
        HttpContext.Tag(PublicPageCache.ListsTag);
        var documents = await sender.Send(new ListPublishedDocumentsQuery(null, null, page), cancellationToken);
        return View("~/Features/Disclosure/Views/Organisations/Catalogue.cshtml", new DisclosureCatalogueViewModel(null, documents));
    }

    [HttpGet("doc/{id:int}")]
    public async Task<IActionResult> Document(int id, CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.DocumentTag(id));
        var document = await sender.Send(new GetPublishedDocumentQuery(id), cancellationToken);
        HttpContext.Tag([.. document.Interpretations.Concat(document.Policies).Select(linked => PublicPageCache.DocumentTag(linked.Id))]);
        var tree = await sender.Send(new GetColumnTreeQuery(), cancellationToken);
        var column = tree.First(c => c.Path == document.ColumnPath);
        if (document.IsWithdrawn)
        {
            // 410 Gone: the address stays explained to people and search engines, the content is not shown.
            Response.StatusCode = StatusCodes.Status410Gone;
        }

        return View(new DocumentPageViewModel(document, ColumnTree.Breadcrumb(tree, column)));
    }

    /// <summary>附件 of a published document; a withdrawn document's are gone (410), anything unpublished is 404.</summary>
    [HttpGet("doc/{id:int}/fj/{attachmentId:int}")]
    [OutputCache(NoStore = true)] // files are streamed from the store; caching them would fill the page cache
    public async Task<IActionResult> Attachment(int id, int attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await sender.Send(new GetPublicAttachmentQuery(id, attachmentId), cancellationToken);
        if (attachment.File is null)
        {
            return StatusCode(StatusCodes.Status410Gone);
        }

        return AttachmentFiles.Serve(this, attachments, attachment.File);
    }

    [HttpGet("{**path}")]
    public async Task<IActionResult> Column(string path, int page = 1, CancellationToken cancellationToken = default)
    {
        var columnPath = "xxgk/" + path.Trim('/').ToLowerInvariant();
        if (await ColumnPage.MovedToAsync(sender, columnPath, cancellationToken) is { } current)
        {
            // A moved column's old address is permanently its new one.
            return RedirectPermanent(PortalUrls.Column(current));
        }

        HttpContext.Tag(PublicPageCache.ListsTag);
        var model = await ColumnPage.BuildAsync(sender, columnPath, null, page, cancellationToken);
        return View(model);
    }
}

/// <summary>Shared by the county-wide and per-organisation column pages.</summary>
internal static class ColumnPage
{
    /// <summary>The current path of a column moved away from <paramref name="path"/>, or null (a live column wins).</summary>
    public static async Task<string?> MovedToAsync(ISender sender, string path, CancellationToken cancellationToken)
    {
        var tree = await sender.Send(new GetColumnTreeQuery(), cancellationToken);
        return tree.Any(c => c.Path == path) ? null : await sender.Send(new FindMovedColumnQuery(path), cancellationToken);
    }

    public static async Task<ColumnPageViewModel> BuildAsync(
        ISender sender, string path, Application.Organisations.OrganisationSummary? organisation, int page, CancellationToken cancellationToken)
    {
        var tree = await sender.Send(new GetColumnTreeQuery(), cancellationToken);
        var column = tree.FirstOrDefault(c => c.Path == path) ?? throw new NotFoundException("您访问的栏目不存在。");

        // An organisation's share holds only its own 条例第二十一条 branch (county level or township).
        if (organisation is not null && !ColumnPaths.AppliesTo(column.Path, organisation.Kind))
        {
            throw new NotFoundException("该单位没有此栏目。");
        }

        var documents = await sender.Send(new ListPublishedDocumentsQuery(column.Path, organisation?.Id, page), cancellationToken);
        var children = tree.Where(c => c.ParentId == column.Id && !c.IsRetired)
            .Where(c => organisation is null || ColumnPaths.AppliesTo(c.Path, organisation.Kind)).ToList();
        return new ColumnPageViewModel(column, ColumnTree.Breadcrumb(tree, column), children, documents, organisation);
    }
}
