using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Calendar;

namespace ZezhouDisclosure.Application.Calendar;

/// <summary>The working-day calendar as the database holds it now (every loaded year's holidays and make-up days).</summary>
public sealed record GetWorkingDayCalendarQuery : IQuery<WorkingDayCalendar>;

public sealed class GetWorkingDayCalendarHandler(IAppDbContext db) : IQueryHandler<GetWorkingDayCalendarQuery, WorkingDayCalendar>
{
    public async ValueTask<WorkingDayCalendar> Handle(GetWorkingDayCalendarQuery query, CancellationToken cancellationToken)
    {
        var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(cancellationToken);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        return new WorkingDayCalendar(years, days);
    }
}
