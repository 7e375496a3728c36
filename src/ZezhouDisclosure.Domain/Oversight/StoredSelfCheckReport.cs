using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Oversight;

/// <summary>What made a stored 月度自查报告.</summary>
public enum SelfCheckReportTrigger
{
    /// <summary>每月自动生成 on the 1st working day of the next month.</summary>
    Monthly = 0,

    /// <summary>县政务公开办 generated (or regenerated) it.</summary>
    OnDemand = 1,
}

/// <summary>
/// A 月度自查报告 kept as it was when generated: the unit's (or, with no <see cref="OrganisationId"/>, the county's) report
/// for one month, its whole content frozen in <see cref="Snapshot"/> (the page, .xlsx and .docx are rendered from it,
/// so a stored report never changes). Regenerating keeps it as a superseded edition and adds the next edition with a reason.
/// </summary>
public class StoredSelfCheckReport : Entity, IVersioned
{
    public const int ReasonLength = DataLimits.Reason;

    private StoredSelfCheckReport()
    {
    }

    public StoredSelfCheckReport(
        int? organisationId, string unitName, int year, int month, int edition, SelfCheckReportTrigger trigger,
        string snapshot, int vetoes, int deductions, int notes, DateTime generatedAt, string generatedBy, string? reason)
    {
        if (month is < 1 or > 12 || year is < 2000 or > 2100)
        {
            throw new DomainException("自查报告的月份无效。");
        }

        if (edition < 1 || string.IsNullOrWhiteSpace(snapshot) || string.IsNullOrWhiteSpace(unitName))
        {
            throw new DomainException("自查报告内容不完整。");
        }

        if (edition > 1 && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("重新生成自查报告须说明原因。");
        }

        OrganisationId = organisationId;
        UnitName = unitName;
        Year = year;
        Month = month;
        Edition = edition;
        Trigger = trigger;
        Snapshot = snapshot;
        Vetoes = vetoes;
        Deductions = deductions;
        Notes = notes;
        GeneratedAt = generatedAt;
        GeneratedBy = generatedBy;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    /// <summary>Null: the county's report.</summary>
    public int? OrganisationId { get; private set; }

    /// <summary>The unit's name when generated.</summary>
    public string UnitName { get; private set; } = "";

    public int Year { get; private set; }

    public int Month { get; private set; }

    /// <summary>1 for the first report of the month, then one more per regeneration.</summary>
    public int Edition { get; private set; }

    public SelfCheckReportTrigger Trigger { get; private set; }

    /// <summary>The report's whole content as generated (JSON of the application's report model).</summary>
    public string Snapshot { get; private set; } = "";

    public int Vetoes { get; private set; }

    public int Deductions { get; private set; }

    public int Notes { get; private set; }

    public DateTime GeneratedAt { get; private set; }

    public string GeneratedBy { get; private set; } = "";

    /// <summary>Why this edition replaced the previous one (none for the first).</summary>
    public string? Reason { get; private set; }

    public DateTime? SupersededAt { get; private set; }

    public string? SupersededBy { get; private set; }

    public int Version { get; set; }

    public bool IsCurrent => SupersededAt is null;

    /// <summary>A newer edition replaces this one; it stays, marked superseded.</summary>
    public void Supersede(DateTime now, string by)
    {
        if (SupersededAt is not null)
        {
            throw new DomainException($"{UnitName}{Year}年{Month}月自查报告第 {Edition} 版已被取代。");
        }

        SupersededAt = now;
        SupersededBy = by;
    }
}

/// <summary>
/// When the 月度自查报告 are due: on the 1st working day of a month (calendar data: holidays push it, a make-up
/// working day counts), from <see cref="SelfCheckSchedule"/>'s hour on, for the previous month.
/// </summary>
public static class SelfCheckSchedule
{
    /// <summary>The first working day of the month (the 1st itself when it is one).</summary>
    public static DateOnly FirstWorkingDay(WorkingDayCalendar calendar, int year, int month) =>
        calendar.NextWorkingDayOnOrAfter(new DateOnly(year, month, 1));

    /// <summary>
    /// The latest month whose reports are due at <paramref name="beijingNow"/>: last month once this month's 1st working
    /// day has reached <paramref name="hour"/>, otherwise the month before (whose reports were due last month: caught up
    /// when the portal was not running then).
    /// </summary>
    public static (int Year, int Month) LatestDueMonth(WorkingDayCalendar calendar, DateTime beijingNow, int hour)
    {
        var today = DateOnly.FromDateTime(beijingNow);
        var first = FirstWorkingDay(calendar, today.Year, today.Month);
        var reached = today > first || (today == first && beijingNow.Hour >= hour);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(reached ? -1 : -2);
        return (month.Year, month.Month);
    }

    /// <summary>
    /// The months whose reports the monthly job makes: every month after the latest month with a stored report up to
    /// the latest due month (a portal that was down for months catches all of them up, oldest first); the latest due
    /// month alone when no report is stored yet (a new installation does not back-fill its history) or when the latest
    /// stored month is not before it (the generation then adds only the reports still missing); never more than the
    /// last <paramref name="most"/>.
    /// </summary>
    public static IReadOnlyList<(int Year, int Month)> MonthsToMake((int Year, int Month)? latestStored, (int Year, int Month) latestDue, int most = 12)
    {
        if (most < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(most), most, "At least one month.");
        }

        var due = Index(latestDue);
        var from = latestStored is { } stored && Index(stored) < due ? Math.Max(Index(stored) + 1, due - most + 1) : due;
        return [.. Enumerable.Range(from, due - from + 1).Select(i => (i / 12, (i % 12) + 1))];

        static int Index((int Year, int Month) month) => (month.Year * 12) + month.Month - 1;
    }
}
