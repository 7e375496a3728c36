using System.Globalization;
using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Calendar;

/// <summary>One row of the notice form; a blank row is left out before the command is sent.</summary>
public sealed record CalendarRangeInput(string? Name, DateOnly? From, DateOnly? To);

/// <summary>
/// An administrator enters (or corrects) a year's State Council holiday notice: its 文号 / title, the holiday ranges
/// and the weekend make-up workdays. The year's stored days are replaced; every open 依申请公开 deadline is computed
/// from the calendar, so it follows at once, and the audit entry says how many moved.
/// </summary>
public sealed record SaveCalendarYearCommand(
    int Year, string? Notice, IReadOnlyList<CalendarRangeInput> Holidays, IReadOnlyList<CalendarRangeInput> MakeUpWorkdays, int? Version = null)
    : ICommand<SaveCalendarYearResult>;

/// <param name="ChangedDeadlines">Open applications whose answer deadline (date or estimate flag) changed.</param>
public sealed record SaveCalendarYearResult(int ChangedDeadlines);

public sealed class SaveCalendarYearValidator : AbstractValidator<SaveCalendarYearCommand>
{
    /// <summary>The longest festival a notice has had is 9 days (2026 春节); more is a typing error.</summary>
    public const int MaximumRangeDays = 15;

    public SaveCalendarYearValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("年份应在 2000 至 2100 之间。");
        RuleFor(x => x.Notice).NotEmpty().WithMessage("请填写放假通知的文号或标题，如“国办发明电〔2025〕7号”。")
            .MaximumLength(200).WithMessage("文号或标题不能超过200个字。");
        RuleFor(x => x.Holidays).NotEmpty().WithMessage("请至少填写一段放假安排。");
        RuleFor(x => x).Custom((command, context) =>
        {
            foreach (var failure in Check(command))
            {
                context.AddFailure(failure);
            }
        });
    }

    private static IEnumerable<ValidationFailure> Check(SaveCalendarYearCommand command)
    {
        var year = command.Year;
        var holidays = new List<(int Index, CalendarRange Range)>();
        for (var i = 0; i < command.Holidays.Count; i++)
        {
            var row = command.Holidays[i];
            var property = $"Holidays[{i}]";
            foreach (var failure in CheckRow(row, property, "放假"))
            {
                yield return failure;
            }

            if (row is not { From: { } from, To: { } to } || from > to || string.IsNullOrWhiteSpace(row.Name))
            {
                continue;
            }

            // A 元旦 holiday may start in the last days of December of the year before (2023: from 2022-12-31).
            if (to.Year != year || from < HolidayNotices.FirstDay(year))
            {
                yield return new ValidationFailure(property + ".From", $"放假“{row.Name}”的日期不在 {year} 年内（只有跨年的元旦假期可以从上年 12 月 29 日起）。");
                continue;
            }

            var range = new CalendarRange(row.Name.Trim(), from, to);
            foreach (var (otherIndex, other) in holidays.Where(h => h.Range.From <= to && from <= h.Range.To))
            {
                yield return new ValidationFailure(property + ".From", $"放假“{row.Name}”与第 {otherIndex + 1} 行“{other.Name}”的日期重叠。");
            }

            holidays.Add((i, range));
        }

        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < command.MakeUpWorkdays.Count; i++)
        {
            var row = command.MakeUpWorkdays[i];
            var property = $"MakeUpWorkdays[{i}]";
            foreach (var failure in CheckRow(row, property, "调休上班"))
            {
                yield return failure;
            }

            if (row is not { From: { } from, To: { } to } || from > to || string.IsNullOrWhiteSpace(row.Name))
            {
                continue;
            }

            foreach (var day in new CalendarRange(row.Name, from, to).Days())
            {
                var text = day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
                if (day.Year != year)
                {
                    yield return new ValidationFailure(property + ".From", $"调休上班日 {text} 不在 {year} 年内。");
                }
                else if (!CalendarDay.IsWeekend(day))
                {
                    yield return new ValidationFailure(property + ".From", $"{text} 不是周六或周日，不能设为调休上班日。");
                }
                else if (holidays.Any(h => h.Range.From <= day && day <= h.Range.To))
                {
                    yield return new ValidationFailure(property + ".From", $"{text} 已在放假期间内，不能同时是调休上班日。");
                }
                else if (!seen.Add(day))
                {
                    yield return new ValidationFailure(property + ".From", $"调休上班日 {text} 重复填写。");
                }
            }
        }
    }

    private static IEnumerable<ValidationFailure> CheckRow(CalendarRangeInput row, string property, string what)
    {
        if (string.IsNullOrWhiteSpace(row.Name))
        {
            yield return new ValidationFailure(property + ".Name", $"请填写{what}所属的节日名称。");
        }
        else if (row.Name.Trim().Length > 50)
        {
            yield return new ValidationFailure(property + ".Name", "节日名称不能超过50个字。");
        }

        if (row.From is null || row.To is null)
        {
            yield return new ValidationFailure(property + ".From", $"请填写{what}的起止日期。");
        }
        else if (row.From > row.To)
        {
            yield return new ValidationFailure(property + ".To", $"{what}的结束日期不能早于开始日期。");
        }
        else if (row.To.Value.DayNumber - row.From.Value.DayNumber + 1 > MaximumRangeDays)
        {
            yield return new ValidationFailure(property + ".To", $"一段{what}不能超过 {MaximumRangeDays} 天，请检查日期。");
        }
    }
}

public sealed class SaveCalendarYearHandler(IAppDbContext db, ICurrentUser currentUser)
    : ICommandHandler<SaveCalendarYearCommand, SaveCalendarYearResult>
{
    public async ValueTask<SaveCalendarYearResult> Handle(SaveCalendarYearCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Calendar.Edit, "只有管理员可以执行此操作。");
        var year = command.Year;
        var before = await LoadCalendarAsync(cancellationToken);

        var wanted = HolidayNotices.Expand(
            command.Holidays.Select(r => new CalendarRange(r.Name!, r.From!.Value, r.To!.Value)),
            command.MakeUpWorkdays.Select(r => new CalendarRange(r.Name!, r.From!.Value, r.To!.Value)));
        var from = HolidayNotices.FirstDay(year);
        var to = new DateOnly(year, 12, 31);
        var window = await db.CalendarDays.Where(d => d.Date >= from && d.Date <= to).ToListAsync(cancellationToken);
        var own = window.Where(d => HolidayNotices.Owns(year, d)).ToList();
        var othersYears = window.Where(d => !HolidayNotices.Owns(year, d)).ToDictionary(d => d.Date);
        var clash = wanted.FirstOrDefault(d => othersYears.ContainsKey(d.Date));
        if (clash is not null)
        {
            throw new ValidationException([new ValidationFailure("Holidays",
                $"{clash.Date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)} 已属于另一年度的放假通知，请先修改该年度。")]);
        }

        var record = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year, cancellationToken);
        var isNew = record is null;
        if (record is null)
        {
            record = new CalendarYear(year, command.Notice!);
            db.CalendarYears.Add(record);
        }
        else
        {
            if (command.Version is { } version)
            {
                db.ExpectVersion(record, version);
            }

            record.ChangeNotice(command.Notice!);
        }

        var keep = own.Where(d => wanted.Any(w => w.Date == d.Date && w.Kind == d.Kind && w.Name == d.Name)).Select(d => d.Date).ToHashSet();
        db.CalendarDays.RemoveRange(own.Where(d => !keep.Contains(d.Date)));
        await db.SaveChangesAsync(cancellationToken);
        db.CalendarDays.AddRange(wanted.Where(w => !keep.Contains(w.Date)));

        var after = await LoadCalendarAsync(cancellationToken, record.Year, wanted, own);
        var changed = await ChangedDeadlinesAsync(before, after, cancellationToken);
        var holidays = wanted.Count(d => d.Kind == CalendarDayKind.Holiday);
        var workdays = wanted.Count(d => d.Kind == CalendarDayKind.MakeUpWorkday);
        db.Audit(isNew ? CalendarAuditActions.AddYear : CalendarAuditActions.UpdateYear, nameof(CalendarYear), year.ToString(CultureInfo.InvariantCulture), null,
            $"{(isNew ? "录入" : "修改")} {year} 年放假安排（{record.Notice}）：放假 {holidays} 天，调休上班 {workdays} 天；"
            + $"{changed} 件未办结申请的答复期限随之重新计算并发生变化");
        await db.SaveChangesAsync(cancellationToken);
        return new SaveCalendarYearResult(changed);
    }

    private async Task<WorkingDayCalendar> LoadCalendarAsync(CancellationToken cancellationToken)
    {
        var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(cancellationToken);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        return new WorkingDayCalendar(years, days);
    }

    /// <summary>The calendar as it will be once saved: the stored days with this year's replaced.</summary>
    private async Task<WorkingDayCalendar> LoadCalendarAsync(CancellationToken cancellationToken, int year, IReadOnlyList<CalendarDay> wanted, IReadOnlyList<CalendarDay> own)
    {
        var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(cancellationToken);
        var ownDates = own.Select(d => d.Date).ToHashSet();
        var days = (await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken)).Where(d => !ownDates.Contains(d.Date)).Concat(wanted);
        return new WorkingDayCalendar(years.Append(year).Distinct(), days);
    }

    private async Task<int> ChangedDeadlinesAsync(WorkingDayCalendar before, WorkingDayCalendar after, CancellationToken cancellationToken)
    {
        var open = await db.DisclosureRequests.AsNoTracking().Include(r => r.Consultations)
            .Where(r => r.Status != RequestStatus.Answered && r.Status != RequestStatus.Abandoned && r.Status != RequestStatus.Transferred)
            .ToListAsync(cancellationToken);
        return open.Count(r =>
        {
            var old = r.Deadline(before);
            var now = r.Deadline(after);
            return old.DueDate != now.DueDate || old.IsEstimate != now.IsEstimate;
        });
    }
}
