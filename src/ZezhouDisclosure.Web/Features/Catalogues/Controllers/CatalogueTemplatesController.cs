using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Web.Features.Catalogues.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Catalogues.Controllers;

/// <summary>
/// The county templates (标准指引) of the 26 pilot areas. Every staff member reads them; only a clerk of an area's
/// responsible department changes its rows (checked again in the handler), and each change raises the revision.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Catalogues.ViewTemplates)]
public sealed class CatalogueTemplatesController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListCatalogueTemplatesQuery(), cancellationToken));

    [HttpGet("/admin/catalogue-templates/{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        View(await sender.Send(new GetCatalogueTemplateQuery(slug), cancellationToken));

    /// <summary>One numbered version of the template as it stood (标准指引第N版).</summary>
    [HttpGet("/admin/catalogue-templates/{slug}/revisions/{revision:int}")]
    public async Task<IActionResult> Revision(string slug, int revision, CancellationToken cancellationToken) =>
        View(await sender.Send(new GetTemplateRevisionQuery(slug, revision), cancellationToken));

    /// <summary>What changed between two versions; without both numbers, the latest version against the one before.</summary>
    [HttpGet("/admin/catalogue-templates/{slug}/compare")]
    public async Task<IActionResult> Compare(string slug, int? from, int? to, CancellationToken cancellationToken)
    {
        var template = await sender.Send(new GetCatalogueTemplateQuery(slug), cancellationToken);
        var newer = to ?? template.Revision;
        var older = from ?? template.History.Where(h => h.Revision < newer).Select(h => h.Revision).DefaultIfEmpty(newer).Max();
        return View(await sender.Send(new CompareTemplateRevisionsQuery(slug, older, newer), cancellationToken));
    }

    [HttpGet("/admin/catalogue-templates/{slug}/item")]
    [RequirePermission(Permissions.Catalogues.MaintainTemplates)]
    public Task<IActionResult> Item(string slug, int? id, CancellationToken cancellationToken) =>
        ItemPageAsync(slug, id, typed: null, version: null, failure: null, cancellationToken);

    [HttpPost("/admin/catalogue-templates/{slug}/item")]
    [RequirePermission(Permissions.Catalogues.MaintainTemplates)]
    public async Task<IActionResult> Item(string slug, int? id, int version, CatalogueItemForm fields, CancellationToken cancellationToken)
    {
        var template = await sender.Send(new GetCatalogueTemplateQuery(slug), cancellationToken);
        return await this.SendFormAsync(sender, new SaveTemplateItemCommand(template.PilotAreaId, version, id, fields.ToFields()),
            revision =>
            {
                this.Flash($"已保存，标准指引更新为第 {revision} 版。");
                return RedirectToAction(nameof(Details), new { slug });
            },
            failure => ItemPageAsync(slug, id, fields, version, failure, cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// The template row editor: the saved row (or a new one) on first render; after a refused save what the user typed,
    /// and after a conflict also the row as it is saved now and the current version.
    /// </summary>
    private async Task<IActionResult> ItemPageAsync(
        string slug, int? id, CatalogueItemForm? typed, int? version, FormFailure? failure, CancellationToken cancellationToken)
    {
        var template = await sender.Send(new GetCatalogueTemplateQuery(slug), cancellationToken);
        if (!template.MaintainedByMe)
        {
            throw new ForbiddenException("只有该领域的责任单位可以维护其标准指引。");
        }

        var row = template.Rows.FirstOrDefault(r => r.Id == id);
        if (id is not null && row is null && typed is null)
        {
            throw new NotFoundException();
        }

        var form = typed ?? (row is null ? new CatalogueItemForm { County = true, Township = true } : CatalogueItemForm.From(row.Content));
        var editor = new CatalogueItemEditViewModel(
            id is null ? $"{template.AreaName}标准指引：新增事项" : $"{template.AreaName}标准指引：修改事项",
            Url.Action(nameof(Item), new { slug = template.AreaSlug })!, id, null, template.AreaName, form, null,
            Url.Action(nameof(Details), new { slug = template.AreaSlug })!,
            failure is { IsConflict: false } ? version : template.Version)
        {
            Conflict = failure?.Conflict,
            Current = failure is { IsConflict: true } ? row?.Content : null,
        };
        return View("_CatalogueItemEditor", editor);
    }
}
