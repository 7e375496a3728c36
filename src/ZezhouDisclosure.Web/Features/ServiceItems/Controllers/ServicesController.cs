using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.ServiceItems;
using ZezhouDisclosure.Domain.ServiceItems;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.ServiceItems.Controllers;

/// <summary>
/// 在线办事, the public entry to 政务服务 (泽政办发〔2020〕22号 三（三）1): published items by unit, 人生事件 and 主题, a name
/// search, each item's 办事指南 and its printable 一次告知单, and the blank forms to download.
/// </summary>
[Route("bs")]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ServicesController(ISender sender, IAttachmentStore attachments) : Controller
{
    /// <param name="dw">单位 (organisation slug).</param>
    /// <param name="rs">人生事件 code.</param>
    /// <param name="zt">主题 code.</param>
    /// <param name="q">Words of the item name.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? dw, string? rs, string? zt, string? q, CancellationToken cancellationToken)
    {
        HttpContext.Tag(ServiceItemCacheTagRule.ListsTag);
        var all = await sender.Send(new ListPublishedServiceItemsQuery(), cancellationToken);
        rs = ServiceCategories.IsLifeEvent(rs) ? rs : null;
        zt = ServiceCategories.IsTheme(zt) ? zt : null;
        dw = all.Any(r => r.OrganisationSlug == dw) ? dw : null;
        q = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 50)];
        var filtered = dw is null && rs is null && zt is null && q is null
            ? null
            : await sender.Send(new ListPublishedServiceItemsQuery(dw, rs, zt, q), cancellationToken);
        return View(new ServicesIndexViewModel(all, filtered, dw, rs, zt, q));
    }

    [HttpGet("sx/{id:int}")]
    public async Task<IActionResult> Item(int id, CancellationToken cancellationToken)
    {
        HttpContext.Tag(ServiceItemCacheTagRule.ItemTag(id));
        return View(await sender.Send(new GetPublishedServiceItemQuery(id), cancellationToken));
    }

    /// <summary>一次告知单: the guide on one printable A4 page, without the site's navigation.</summary>
    [HttpGet("sx/{id:int}/gzd")]
    public async Task<IActionResult> Print(int id, CancellationToken cancellationToken)
    {
        HttpContext.Tag(ServiceItemCacheTagRule.ItemTag(id));
        return View(await sender.Send(new GetPublishedServiceItemQuery(id), cancellationToken));
    }

    [HttpGet("sx/{id:int}/fj/{fileId:int}")]
    [OutputCache(NoStore = true)] // streamed from the store, like documents' attachments
    public async Task<IActionResult> File(int id, int fileId, CancellationToken cancellationToken) =>
        AttachmentFiles.Serve(this, attachments, await sender.Send(new GetPublicServiceItemFileQuery(id, fileId), cancellationToken));
}

/// <summary>The 在线办事 page: every published item (for the unit list and counts) and, when a filter is chosen, the matches.</summary>
public sealed record ServicesIndexViewModel(
    IReadOnlyList<PublicServiceItemRow> All,
    IReadOnlyList<PublicServiceItemRow>? Results,
    string? Unit,
    string? LifeEvent,
    string? Theme,
    string? Words)
{
    public string? FilterLabel =>
        Unit is not null ? $"单位：{All.First(r => r.OrganisationSlug == Unit).OrganisationName}"
        : LifeEvent is not null ? $"人生事件：{ServiceCategories.LifeEventLabel(LifeEvent)}"
        : Theme is not null ? $"主题：{ServiceCategories.ThemeLabel(Theme)}"
        : Words is not null ? $"事项名称含“{Words}”"
        : null;
}
