using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Calendar;

namespace ZezhouDisclosure.Application.Calendar;

/// <summary>One loaded year in the list.</summary>
public sealed record CalendarYearSummary(int Year, string Notice, int HolidayCount, int MakeUpWorkdayCount);

/// <summary>One year's notice as ranges, for reading and for the edit form.</summary>
public sealed record CalendarYearDetails(
    int Year, string Notice, int Version, IReadOnlyList<CalendarRange> Holidays, IReadOnlyList<CalendarRange> MakeUpWorkdays);

/// <summary>Every loaded year, newest first; any member of staff may read the calendar.</summary>
public sealed record ListCalendarYearsQuery : IQuery<IReadOnlyList<CalendarYearSummary>>;

public sealed class ListCalendarYearsHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListCalendarYearsQuery, IReadOnlyList<CalendarYearSummary>>
{
    public async ValueTask<IReadOnlyList<CalendarYearSummary>> Handle(ListCalendarYearsQuery query, CancellationToken cancellationToken)
    {
        CalendarAccess.RequireStaff(currentUser);
        var years = await db.CalendarYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(cancellationToken);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        return
        [
            .. years.Select(y =>
            {
                var own = days.Where(d => HolidayNotices.Owns(y.Year, d)).ToList();
                return new CalendarYearSummary(
                    y.Year, y.Notice, own.Count(d => d.Kind == CalendarDayKind.Holiday), own.Count(d => d.Kind == CalendarDayKind.MakeUpWorkday));
            }),
        ];
    }
}

/// <summary>One year's holidays and make-up workdays as ranges.</summary>
public sealed record GetCalendarYearQuery(int Year) : IQuery<CalendarYearDetails>;

public sealed class GetCalendarYearHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetCalendarYearQuery, CalendarYearDetails>
{
    public async ValueTask<CalendarYearDetails> Handle(GetCalendarYearQuery query, CancellationToken cancellationToken)
    {
        CalendarAccess.RequireStaff(currentUser);
        var year = await db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(y => y.Year == query.Year, cancellationToken)
            ?? throw new NotFoundException();
        var from = HolidayNotices.FirstDay(query.Year);
        var to = new DateOnly(query.Year, 12, 31);
        var days = (await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).ToListAsync(cancellationToken))
            .Where(d => HolidayNotices.Owns(query.Year, d)).ToList();
        return new CalendarYearDetails(
            year.Year, year.Notice, year.Version,
            HolidayNotices.Ranges(days, CalendarDayKind.Holiday), HolidayNotices.Ranges(days, CalendarDayKind.MakeUpWorkday));
    }
}

internal static class CalendarAccess
{
    public static void RequireStaff(ICurrentUser currentUser)
    {
        if (!Roles.All.Any(currentUser.IsInRole))
        {
            throw new ForbiddenException("只有工作人员可以查看工作日日历。");
        }
    }
}
