using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Calendar;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Web.Features.Calendar.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Calendar.Controllers;

/// <summary>
/// 工作日日历: every member of staff reads the loaded years; an administrator enters a new year's State Council
/// holiday notice or corrects one. Deadlines are computed from this calendar, so they follow each change.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Calendar.View)]
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
    [RequirePermission(Permissions.Calendar.Edit)]
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

        return EditPage(year, CalendarYearForm.From(existing));
    }

    [HttpPost("{year:int}/edit")]
    [RequirePermission(Permissions.Calendar.Edit)]
    public Task<IActionResult> Edit(int year, CalendarYearForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form.ToCommand(year),
            onSuccess: result =>
            {
                this.Flash($"{year} 年放假安排已保存；{result.ChangedDeadlines} 件未办结申请的答复期限随之变化。");
                return RedirectToAction(nameof(Year), new { year });
            },
            redisplay: async failure =>
            {
                if (failure.IsConflict)
                {
                    // Somebody saved this year first: keep the typed rows, take the saved version, so the next save
                    // (after the administrator has compared) replaces it knowingly instead of conflicting again.
                    var current = await sender.Send(new GetCalendarYearQuery(year), cancellationToken);
                    ModelState.Remove(nameof(CalendarYearForm.Version));
                    form.Version = current.Version;
                }

                return EditPage(year, form.Compacted().Padded());
            },
            cancellationToken);

    /// <summary>The year's form, as first shown and as shown again with its errors (or a newer version's conflict).</summary>
    private ViewResult EditPage(int year, CalendarYearForm form)
    {
        ViewData["Year"] = year;
        return View(nameof(Edit), form);
    }
}
