using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Columns;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Web.Features.ReferenceData.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.ReferenceData.Controllers;

/// <summary>Administrators maintain the seeded reference data: organisations (names, 索引号 codes, contacts) and columns.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Administrator)]
public sealed class ReferenceDataController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ReferenceDataViewModel(
            await sender.Send(new ListOrganisationsQuery(), cancellationToken),
            await sender.Send(new GetColumnTreeQuery(), cancellationToken)));

    [HttpGet]
    public async Task<IActionResult> EditOrganisation(int id, CancellationToken cancellationToken) =>
        View(await sender.Send(new GetOrganisationForEditingQuery(id), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> EditOrganisation(int id, UpdateOrganisationCommand form, CancellationToken cancellationToken)
    {
        var command = form with { Id = id };
        try
        {
            await sender.Send(command, cancellationToken);
            this.Flash("单位信息已保存。新的索引号机构代码只用于此后审核通过的信息。");
            return RedirectToAction(nameof(Index));
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(command);
        }
        catch (ConflictException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(command with { Version = (await sender.Send(new GetOrganisationForEditingQuery(id), cancellationToken)).Version });
        }
    }

    [HttpGet]
    public async Task<IActionResult> EditColumn(int id, CancellationToken cancellationToken)
    {
        var (path, column) = await sender.Send(new GetColumnForEditingQuery(id), cancellationToken);
        ViewData["Path"] = path;
        return View(column);
    }

    [HttpPost]
    public async Task<IActionResult> EditColumn(int id, UpdateColumnCommand form, CancellationToken cancellationToken)
    {
        var command = form with { Id = id };
        try
        {
            await sender.Send(command, cancellationToken);
            this.Flash("栏目已保存。");
            return RedirectToAction(nameof(Index));
        }
        catch (Exception ex) when (ex is FluentValidation.ValidationException or ConflictException)
        {
            if (ex is FluentValidation.ValidationException validation)
            {
                ModelState.AddValidationErrors(validation);
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
            else
            {
                ModelState.AddModelError(string.Empty, ex.Message);
                Response.StatusCode = StatusCodes.Status409Conflict;
            }

            var (path, current) = await sender.Send(new GetColumnForEditingQuery(id), cancellationToken);
            ViewData["Path"] = path;
            return View(command with { Version = current.Version });
        }
    }
}
