using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ZezhouDisclosure.Application.AnnualReports;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Features.AnnualReports.Models;

namespace ZezhouDisclosure.Web.Features.AnnualReports.Controllers;

/// <summary>
/// The fixed 年报 column: each unit's at <c>/xxgk/jg/{slug}/nb</c> (its published reports, one page per year with the
/// tables as real tables, a .docx download, and superseded editions marked 已更正), and the county's at <c>/xxgk/nb</c>
/// (the county government's reports first, then every unit's). These literal routes win over the generic column pages.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class PublicAnnualReportsController(ISender sender) : Controller
{
    [HttpGet("xxgk/nb")]
    public async Task<IActionResult> County(int page = 1, CancellationToken cancellationToken = default)
    {
        HttpContext.Tag(PublicPageCache.ListsTag, AnnualReportCacheTagRule.CountyTag);
        var reports = await sender.Send(new ListPublishedAnnualReportsQuery(null), cancellationToken);
        var documents = await sender.Send(new ListPublishedDocumentsQuery(ColumnPaths.AnnualReports, null, Math.Max(page, 1)), cancellationToken);
        return View("List", new AnnualReportListViewModel("政府信息公开工作年度报告", null, reports, documents));
    }

    [HttpGet("xxgk/nb/{year:int}")]
    public async Task<IActionResult> CountyReport(int year, int? bb, CancellationToken cancellationToken)
    {
        var county = (await sender.Send(new ListOrganisationsQuery(), cancellationToken)).FirstOrDefault(o => o.Kind == OrganisationKind.CountyGovernment)
            ?? throw new NotFoundException("该年度报告尚未发布。");
        return await ReportAsync(county, year, bb, cancellationToken);
    }

    [HttpGet("xxgk/jg/{slug}/nb")]
    public async Task<IActionResult> Unit(string slug, int page = 1, CancellationToken cancellationToken = default)
    {
        var organisation = await sender.Send(new GetOrganisationQuery(slug.ToLowerInvariant()), cancellationToken);
        HttpContext.Tag(PublicPageCache.OrganisationTag(organisation.Id), PublicPageCache.ListsTag, AnnualReportCacheTagRule.UnitTag(organisation.Id));
        var reports = await sender.Send(new ListPublishedAnnualReportsQuery(organisation.Id), cancellationToken);
        var documents = await sender.Send(new ListPublishedDocumentsQuery(ColumnPaths.AnnualReports, organisation.Id, Math.Max(page, 1)), cancellationToken);
        return View("List", new AnnualReportListViewModel($"{organisation.Name} · 政府信息公开工作年度报告", organisation.Slug, reports, documents));
    }

    [HttpGet("xxgk/jg/{slug}/nb/{year:int}")]
    public async Task<IActionResult> Report(string slug, int year, int? bb, CancellationToken cancellationToken)
    {
        var organisation = await sender.Send(new GetOrganisationQuery(slug.ToLowerInvariant()), cancellationToken);
        return await ReportAsync(organisation, year, bb, cancellationToken);
    }

    [HttpGet("xxgk/jg/{slug}/nb/{year:int}/docx")]
    public async Task<IActionResult> Docx(string slug, int year, int? bb, [FromServices] IAnnualReportDocuments documents, CancellationToken cancellationToken)
    {
        var organisation = await sender.Send(new GetOrganisationQuery(slug.ToLowerInvariant()), cancellationToken);
        HttpContext.Tag(PublicPageCache.OrganisationTag(organisation.Id), AnnualReportCacheTagRule.UnitTag(organisation.Id));
        var report = await sender.Send(new GetPublishedAnnualReportQuery(organisation.Id, year, bb), cancellationToken);
        var name = $"{report.OrganisationName}{report.Year}年政府信息公开工作年度报告" + (report.Edition > 1 ? $"（第{report.Edition}版）" : "") + ".docx";
        return File(documents.WriteDocx(report), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
    }

    private async Task<IActionResult> ReportAsync(OrganisationSummary organisation, int year, int? edition, CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.OrganisationTag(organisation.Id), AnnualReportCacheTagRule.UnitTag(organisation.Id));
        if (year is < 2000 or > 2100 || edition is < 1 or > 1000)
        {
            throw new NotFoundException("该年度报告尚未发布。");
        }

        return View("Report", await sender.Send(new GetPublishedAnnualReportQuery(organisation.Id, year, edition), cancellationToken));
    }
}
