using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Web.Features.Catalogues.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Catalogues.Controllers;

/// <summary>
/// The county templates (标准指引) of the 26 pilot areas. Every staff member reads them; only a clerk of an area's
/// responsible department changes its rows (checked again in the handler), and each change raises the revision.
/// </summary>
[Area("Admin")]
[Authorize]
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
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> Item(string slug, int? id, CancellationToken cancellationToken)
    {
        var template = await sender.Send(new GetCatalogueTemplateQuery(slug), cancellationToken);
        if (!template.MaintainedByMe)
        {
            throw new ForbiddenException("只有该领域的责任单位可以维护其标准指引。");
        }

        var form = id is int itemId
            ? CatalogueItemForm.From((template.Rows.FirstOrDefault(r => r.Id == itemId) ?? throw new NotFoundException()).Content)
            : new CatalogueItemForm { County = true, Township = true };
        return View("_CatalogueItemEditor", Editor(template, id, form));
    }

    [HttpPost("/admin/catalogue-templates/{slug}/item")]
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> Item(string slug, int? id, int version, CatalogueItemForm fields, CancellationToken cancellationToken)
    {
        var template = await sender.Send(new GetCatalogueTemplateQuery(slug), cancellationToken);
        try
        {
            var revision = await sender.Send(new SaveTemplateItemCommand(template.PilotAreaId, version, id, fields.ToFields()), cancellationToken);
            this.Flash($"已保存，标准指引更新为第 {revision} 版。");
            return Redirect($"/admin/catalogue-templates/{slug}");
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("_CatalogueItemEditor", Editor(template, id, fields) with { Version = version });
        }
    }

    private static CatalogueItemEditViewModel Editor(CatalogueTemplateDetails template, int? id, CatalogueItemForm form) =>
        new(id is null ? $"{template.AreaName}标准指引：新增事项" : $"{template.AreaName}标准指引：修改事项",
            $"/admin/catalogue-templates/{template.AreaSlug}/item", id, null, template.AreaName, form, null,
            $"/admin/catalogue-templates/{template.AreaSlug}", template.Version);
}
