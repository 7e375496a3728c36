using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>One version of a year's 考核 in the list.</summary>
public sealed record AssessmentRow(int Id, int Year, int Number, string Status, string? Reason, DateTime? ComputedAt, DateTime? ApprovedAt, string? ApprovedBy);

/// <summary>A manual value as entered, with the unit's name.</summary>
public sealed record ManualValueRow(string IndicatorCode, int OrganisationId, string UnitName, decimal Value, string Note);

/// <summary>One version of a 考核: its indicators, manual values, the ranked table, and the other versions of the year.</summary>
public sealed record AssessmentDetails(
    int Id, int Year, int Number, AssessmentStatus Status, string? Reason, DateTime? ComputedAt, DateTime? ApprovedAt, string? ApprovedBy,
    int Version, decimal TotalWeight, IReadOnlyList<AssessmentIndicator> Indicators, IReadOnlyList<ManualValueRow> ManualValues,
    IReadOnlyList<AssessmentRanking> Ranking, IReadOnlyList<AssessmentRow> Versions, IReadOnlyList<UnitChoice> Units)
{
    public string StatusLabel => AssessmentLabels.Status(Status);

    public bool IsDraft => Status == AssessmentStatus.Draft;

    public bool CanApprove => IsDraft && ComputedAt is not null && TotalWeight == Assessment.FullMarks;
}

/// <summary>Chinese labels of the 考核 enums.</summary>
public static class AssessmentLabels
{
    public static string Status(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "草稿",
        AssessmentStatus.Approved => "已审定",
        _ => "已被新版本取代",
    };

    public static string Measure(AssessmentMeasure measure) => measure switch
    {
        AssessmentMeasure.Findings => "监测发现",
        AssessmentMeasure.UninterpretedPolicies => "政策文件未解读",
        AssessmentMeasure.AnnualReportDaysLate => "年报逾期天数",
        _ => "人工填报",
    };

    public static string Scoring(AssessmentScoring scoring) => scoring switch
    {
        AssessmentScoring.DeductPerItem => "按项扣分",
        AssessmentScoring.Proportional => "按比例得分",
        _ => "加分",
    };

    /// <summary>The rule in words, e.g. “每项扣 2 分，最多扣 10 分”.</summary>
    public static string Rule(AssessmentIndicator indicator) => indicator.Scoring switch
    {
        AssessmentScoring.DeductPerItem => $"每项扣 {indicator.PointsPerItem:0.##} 分，最多扣 {indicator.Cap ?? indicator.Weight:0.##} 分",
        AssessmentScoring.Proportional => $"{indicator.Weight:0.##} 分 × 已解读（合规）比例",
        _ => $"每项加 {indicator.PointsPerItem:0.##} 分，最多加 {indicator.Cap:0.##} 分",
    };
}
