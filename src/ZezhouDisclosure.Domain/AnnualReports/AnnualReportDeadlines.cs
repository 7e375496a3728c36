using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Domain.AnnualReports;

/// <summary>
/// 条例第四十九条、第五十条: departments and townships publish the previous year's report by 1月31日; the county government
/// its own by 3月31日.
/// </summary>
public static class AnnualReportDeadlines
{
    public static DateOnly DueOn(OrganisationKind kind, int reportYear) =>
        kind == OrganisationKind.CountyGovernment ? new DateOnly(reportYear + 1, 3, 31) : new DateOnly(reportYear + 1, 1, 31);

    /// <summary>The report year that is due in the calendar year of <paramref name="today"/> (the previous year's).</summary>
    public static int YearDueIn(DateOnly today) => today.Year - 1;

    /// <summary>Whether a report published on <paramref name="publishedOn"/> (Beijing) was late.</summary>
    public static bool IsLate(OrganisationKind kind, int reportYear, DateOnly publishedOn) => publishedOn > DueOn(kind, reportYear);

    /// <summary>Whether a report not yet published on <paramref name="today"/> is overdue.</summary>
    public static bool IsOverdue(OrganisationKind kind, int reportYear, DateOnly today) => today > DueOn(kind, reportYear);
}
