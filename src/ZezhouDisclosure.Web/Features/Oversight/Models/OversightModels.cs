using ZezhouDisclosure.Application.Oversight;

namespace ZezhouDisclosure.Web.Features.Oversight.Models;

/// <summary>The findings page: the list, its filters, and the 通报 form's typed values.</summary>
public sealed record FindingsPage(
    IReadOnlyList<FindingRow> Findings, IReadOnlyList<OverviewCheck> Checks, IReadOnlyList<UnitChoice> Units,
    int? OrganisationId, string? Check, bool IncludeClosed, bool CanManage, NotifyForm Form, string? UnitName);

/// <summary>通报: the chosen findings, the due date and what the county office asks for.</summary>
public sealed class NotifyForm
{
    public List<int> FindingIds { get; set; } = [];

    public DateOnly? DueOn { get; set; }

    public string? Notice { get; set; }
}

public sealed record RectificationsPage(IReadOnlyList<RectificationItem> Items, bool CanRecord, bool IncludeVerified);

public sealed record ReportPage(SelfCheckReport Report, IReadOnlyList<UnitChoice> Units, bool CountyWide);

/// <summary>自查报告存档: the stored reports, the filters, and the generate form as typed.</summary>
public sealed record StoredReportsPage(
    Application.Oversight.StoredReports.StoredReportList List, int? Year, int? Month, int? OrganisationId, bool IncludeSuperseded, GenerateReportsForm Form);

/// <summary>生成 / 重新生成: the month, whose reports (“” every unit and the county, “county”, or a unit's id), and the reason.</summary>
public sealed class GenerateReportsForm
{
    public int? Year { get; set; }

    public int? Month { get; set; }

    public string? Target { get; set; }

    public bool Regenerate { get; set; }

    public string? Reason { get; set; }
}

/// <summary>年度考核 list: every year's versions, and the year a new one defaults to (last year).</summary>
public sealed record AssessmentsPage(IReadOnlyList<Application.Oversight.Assessments.AssessmentRow> Rows, bool CanAssess, int DefaultYear);

/// <summary>One 考核 version.</summary>
public sealed record AssessmentPage(Application.Oversight.Assessments.AssessmentDetails Details, bool CanAssess);

/// <summary>A new indicator as typed.</summary>
public sealed class IndicatorForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public Domain.Oversight.AssessmentMeasure Measure { get; set; }

    public string? CheckCodes { get; set; }

    public Domain.Oversight.AssessmentScoring Scoring { get; set; }

    public decimal? Weight { get; set; }

    public decimal? PointsPerItem { get; set; }

    public decimal? Cap { get; set; }
}
