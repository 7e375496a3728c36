using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Villages;
using ZezhouDisclosure.Domain.Villages;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.Villages.Controllers;

/// <summary>
/// The public 村（居）务公开 pages: 基层政务公开 → township → 村（居）务公开 → village (its 公开事项清单 and published
/// postings), each posting, its files and its printable 公示 sheet. Only published postings are shown.
/// </summary>
[Route("jczwgk/xz/{township}/cjgk")]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class VillageAffairsController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string township, CancellationToken cancellationToken) =>
        View(await sender.Send(new ListTownshipVillagesQuery(township.ToLowerInvariant()), cancellationToken));

    [HttpGet("{village}")]
    public async Task<IActionResult> Village(string township, string village, CancellationToken cancellationToken)
    {
        var page = await sender.Send(new GetVillagePageQuery(township.ToLowerInvariant(), village.ToLowerInvariant()), cancellationToken);
        HttpContext.Tag(VillageCacheTagRule.VillageTag(page.Village.Id));
        return View(page);
    }

    [HttpGet("{village}/{id:int}")]
    public async Task<IActionResult> Posting(string township, string village, int id, CancellationToken cancellationToken) =>
        View(await PublishedAsync(township, village, id, cancellationToken));

    [HttpGet("{village}/{id:int}/fj/{attachmentId:int}")]
    public async Task<IActionResult> Attachment(string township, string village, int id, int attachmentId, CancellationToken cancellationToken)
    {
        await PublishedAsync(township, village, id, cancellationToken);
        var file = await sender.Send(new GetVillageAttachmentQuery(id, attachmentId), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>One posting as a printable 公示 sheet (A4, or A3 with <c>?size=a3</c>).</summary>
    [HttpGet("{village}/{id:int}/gs")]
    public async Task<IActionResult> Sheet(string township, string village, int id, string? size, CancellationToken cancellationToken)
    {
        var posting = await PublishedAsync(township, village, id, cancellationToken);
        return View("Sheet", new VillageSheetModel(posting.Village, posting.Period.Label, [posting], IsA3(size)));
    }

    /// <summary>Every published posting of a month or quarter on one 公示 sheet.</summary>
    [HttpGet("{village}/gs")]
    public async Task<IActionResult> PeriodSheet(string township, string village, VillagePeriodKind kind, int year, int n, string? size, CancellationToken cancellationToken)
    {
        var page = await sender.Send(new GetVillagePageQuery(township.ToLowerInvariant(), village.ToLowerInvariant()), cancellationToken);
        HttpContext.Tag(VillageCacheTagRule.VillageTag(page.Village.Id));
        var sheet = await sender.Send(new GetVillagePeriodSheetQuery(page.Village.Id, kind, year, n), cancellationToken);
        return View("Sheet", new VillageSheetModel(sheet.Village, sheet.Period.Label, sheet.Postings, IsA3(size)));
    }

    private static bool IsA3(string? size) => string.Equals(size, "a3", StringComparison.OrdinalIgnoreCase);

    private async Task<VillagePostingDetails> PublishedAsync(string township, string village, int id, CancellationToken cancellationToken)
    {
        var posting = await sender.Send(new GetVillagePostingQuery(id, PublishedOnly: true), cancellationToken);
        if (!string.Equals(posting.Village.Slug, village, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(posting.Village.TownshipSlug, township, StringComparison.OrdinalIgnoreCase))
        {
            throw new NotFoundException("村（居）务公开不存在。");
        }

        HttpContext.Tag(VillageCacheTagRule.VillageTag(posting.Village.Id));
        return posting;
    }
}

/// <summary>A 公示 sheet: one posting or a period's postings of a village.</summary>
public sealed record VillageSheetModel(VillageSummary Village, string PeriodLabel, IReadOnlyList<VillagePostingDetails> Postings, bool IsA3);
