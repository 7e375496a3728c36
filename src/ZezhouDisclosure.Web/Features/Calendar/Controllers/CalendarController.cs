using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Calendar;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Web.Features.Calendar.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Calendar.Controllers;

/// <summary>
/// 工作日日历: every member of staff reads the loaded years; an administrator enters a new year's State Council
/// holiday notice or corrects one. Deadlines are computed from this calendar, so they follow each change.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Clerk + "," + Roles.Reviewer + "," + Roles.Administrator)]
[Route("admin/calendar")]
public sealed class CalendarController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListCalendarYearsQuery(), cancellationToken));

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Year(int year, CancellationToken cancellationToken) =>
        View(await sender.Send(new GetCalendarYearQuery(year), cancellationToken));

    [HttpGet("{year:int}/edit")]
    [Authorize(Roles = Roles.Administrator)]
    public async Task<IActionResult> Edit(int year, CancellationToken cancellationToken)
    {
        if (year is < 2000 or > 2100)
        {
            return NotFound();
        }

        CalendarYearDetails? existing;
        try
        {
            existing = await sender.Send(new GetCalendarYearQuery(year), cancellationToken);
        }
        catch (NotFoundException)
        {
            existing = null;
        }

        ViewData["Year"] = year;
        return View(CalendarYearForm.From(existing));
    }

    [HttpPost("{year:int}/edit")]
    [Authorize(Roles = Roles.Administrator)]
    public async Task<IActionResult> Edit(int year, CalendarYearForm form, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.Send(form.ToCommand(year), cancellationToken);
            this.Flash($"{year} 年放假安排已保存；{result.ChangedDeadlines} 件未办结申请的答复期限随之变化。");
            return Redirect($"/admin/calendar/{year}");
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Year"] = year;
            return View(form.Compacted().Padded());
        }
    }
}
