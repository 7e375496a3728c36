namespace ZezhouDisclosure.Domain.AnnualReports;

/// <summary>
/// The written parts of a report: 一 总体情况 in its five sub-headings, 五 存在的主要问题及改进情况, 六 其他需要报告的事项
/// with the 信息处理费 collected (元), and the clerk's explanation under table 三 (the table itself is not editable).
/// </summary>
public sealed record AnnualReportText(
    string? OverviewProactive,
    string? OverviewRequests,
    string? OverviewManagement,
    string? OverviewPlatform,
    string? OverviewSupervision,
    string? Problems,
    string? OtherMatters,
    decimal? ProcessingFees,
    string? Table3Explanation)
{
    public static AnnualReportText Empty { get; } = new(null, null, null, null, null, null, null, null, null);

    /// <summary>一 总体情况's sub-headings with their texts, in order.</summary>
    public IEnumerable<(string Heading, string? Text)> OverviewSections =>
    [
        ("一、总体情况（一）主动公开", OverviewProactive),
        ("一、总体情况（二）依申请公开", OverviewRequests),
        ("一、总体情况（三）政府信息管理", OverviewManagement),
        ("一、总体情况（四）平台建设", OverviewPlatform),
        ("一、总体情况（五）监督保障", OverviewSupervision),
    ];

    /// <summary>The whole of section 一, for the text-figure and 雷同 checks.</summary>
    public string OverviewText => string.Join("\n", OverviewSections.Select(s => s.Text ?? ""));
}
