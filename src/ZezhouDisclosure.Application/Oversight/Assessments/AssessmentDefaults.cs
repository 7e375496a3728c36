using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>
/// The indicator set a new year's 考核 starts from (县政务公开办 adjusts it before computing): the 100 points spread
/// over publishing timeliness, metadata, 解读, links, the 标准目录, 依申请公开, the 年报 and personal data, mostly fed
/// by the inspector's findings, plus a manual 日常工作 indicator and a capped 创新 bonus.
/// </summary>
public static class AssessmentDefaults
{
    public static IReadOnlyList<AssessmentIndicator> Indicators() =>
    [
        new("A1", "栏目更新及时（首页、栏目不更新、空白栏目、集中更新）", AssessmentMeasure.Findings, "home.stale,column.stale,column.blank,column.burst", AssessmentScoring.DeductPerItem, 20, 2, null),
        new("A2", "发布要素完整（索引号、发布机构、成文日期、发布日期）", AssessmentMeasure.Findings, "document.metadata", AssessmentScoring.DeductPerItem, 10, 1, null),
        new("A3", "政策文件解读比例", AssessmentMeasure.UninterpretedPolicies, null, AssessmentScoring.Proportional, 15, 0, null),
        new("A4", "链接可用（正文、附件、解读关联）", AssessmentMeasure.Findings, "content.broken-link,policy.interpretation-link,policy.interpretation", AssessmentScoring.DeductPerItem, 5, 1, null),
        new("A5", "标准目录事项按时公开", AssessmentMeasure.Findings, "catalogue.overdue", AssessmentScoring.DeductPerItem, 15, 2, null),
        new("A6", "依申请公开按时答复", AssessmentMeasure.Findings, "request.deadline", AssessmentScoring.DeductPerItem, 15, 5, null),
        new("A7", "年度报告按时发布（逾期天数）", AssessmentMeasure.AnnualReportDaysLate, null, AssessmentScoring.DeductPerItem, 5, 0.5m, null),
        new("A8", "年度报告数据勾稽", AssessmentMeasure.Findings, "annual-report.timeliness", AssessmentScoring.DeductPerItem, 5, 5, null),
        new("A9", "个人信息保护", AssessmentMeasure.Findings, "content.personal-data", AssessmentScoring.DeductPerItem, 5, 5, null),
        new("M1", "日常工作评价（暗访、培训、报送等，按问题数扣分）", AssessmentMeasure.Manual, null, AssessmentScoring.DeductPerItem, 5, 1, null),
        new("B1", "创新加分（经验做法被上级推广等）", AssessmentMeasure.Manual, null, AssessmentScoring.Bonus, 0, 1, 3),
    ];

    /// <summary>A new year's draft with the default indicators.</summary>
    public static Assessment NewDraft(int year)
    {
        var assessment = new Assessment(year);
        foreach (var indicator in Indicators())
        {
            assessment.AddIndicator(indicator);
        }

        return assessment;
    }
}
