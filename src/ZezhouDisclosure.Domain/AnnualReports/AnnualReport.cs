using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.AnnualReports;

/// <summary>
/// 政府信息公开工作年度报告 of one unit and year, as data in the national template (国办公开办函〔2021〕30号). Lifecycle:
/// 起草 (the unit's clerk) → 单位审核 (its head, when the unit signs off itself) → 县政务公开办审核 → 发布. After
/// publication it changes only by 更正: a new edition with a public 更正说明, which replaces this one when it is
/// published (this one stays readable, marked superseded). Every transition runs the cross-checks
/// (<see cref="AnnualReportChecks"/>) and refuses on an error.
/// </summary>
public class AnnualReport : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    private AnnualReport()
    {
    }

    public AnnualReport(int organisationId, int year)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException("年度应在 2000 年至 2100 年之间。");
        }

        OrganisationId = organisationId;
        Year = year;
        Edition = 1;
        Status = AnnualReportStatus.Draft;
    }

    public int OrganisationId { get; private set; }

    /// <summary>The year reported on (the 2025 report is published in 2026).</summary>
    public int Year { get; private set; }

    /// <summary>1 for the first publication; each 更正 adds one.</summary>
    public int Edition { get; private set; }

    /// <summary>The edition this one corrects.</summary>
    public int? CorrectsReportId { get; private set; }

    /// <summary>更正说明, shown to the public with the corrected edition.</summary>
    public string? CorrectionNote { get; private set; }

    public AnnualReportStatus Status { get; private set; }

    public string? OverviewProactive { get; private set; }

    public string? OverviewRequests { get; private set; }

    public string? OverviewManagement { get; private set; }

    public string? OverviewPlatform { get; private set; }

    public string? OverviewSupervision { get; private set; }

    public string? Problems { get; private set; }

    public string? OtherMatters { get; private set; }

    /// <summary>信息处理费 collected in the year, in 元 (section 六).</summary>
    public decimal? ProcessingFees { get; private set; }

    public string? Table3Explanation { get; private set; }

    /// <summary>Table 二, stored (<see cref="ActiveDisclosureTable.Serialise"/>).</summary>
    public string Table2Data { get; private set; } = "";

    /// <summary>Table 三, stored (<see cref="RequestTable.Serialise"/>).</summary>
    public string Table3Data { get; private set; } = "";

    /// <summary>Table 四, stored (<see cref="AppealTable.Serialise"/>).</summary>
    public string Table4Data { get; private set; } = "";

    /// <summary>When the computed cells were last taken from the registers.</summary>
    public DateTime? ComputedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTime? UnitApprovedAt { get; private set; }

    public string? UnitApprovedBy { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    /// <summary>The reason of the last 退回, shown to the clerk.</summary>
    public string? ReturnComment { get; private set; }

    public DateTime? SupersededAt { get; private set; }

    public int? SupersededByReportId { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public ActiveDisclosureTable Table2 => ActiveDisclosureTable.Parse(Table2Data);

    public RequestTable Table3 => RequestTable.Parse(Table3Data);

    public AppealTable Table4 => AppealTable.Parse(Table4Data);

    public AnnualReportText Text => new(
        OverviewProactive, OverviewRequests, OverviewManagement, OverviewPlatform, OverviewSupervision, Problems, OtherMatters,
        ProcessingFees, Table3Explanation);

    public bool IsPublic => Status is AnnualReportStatus.Published or AnnualReportStatus.Superseded;

    public bool CanEdit => Status == AnnualReportStatus.Draft;

    public bool CanSignOffInUnit => Status == AnnualReportStatus.AwaitingUnit;

    public bool CanReview => Status == AnnualReportStatus.AwaitingCounty;

    public bool CanCorrect => Status == AnnualReportStatus.Published;

    /// <summary>The cross-checks on the report as it stands.</summary>
    public IReadOnlyList<ReportCheck> Check(PreviousReportFacts? previous) =>
        AnnualReportChecks.Run(new ReportFacts(Table2, Table3, Table4, Text), previous);

    /// <summary>Saves the clerk's texts and entered table 二 cells; only while drafting.</summary>
    public void Write(AnnualReportText text, IReadOnlyDictionary<string, decimal?> enteredCells)
    {
        ArgumentNullException.ThrowIfNull(text);
        EnsureEditable();
        foreach (var cell in ActiveDisclosureTable.EnteredCells)
        {
            if (enteredCells.TryGetValue(cell.Key, out var value) && value is { } v)
            {
                if (v < 0 || v > 1_000_000 || (!cell.IsAmount && v != decimal.Truncate(v)) || decimal.Round(v, 2) != v)
                {
                    throw new DomainException($"{cell.Name}应为 0 至 1000000 之间的{(cell.IsAmount ? "数（最多两位小数）" : "整数")}。");
                }
            }
        }

        if (text.ProcessingFees is { } fees && (fees < 0 || fees > 1_000_000 || decimal.Round(fees, 2) != fees))
        {
            throw new DomainException("信息处理费应为 0 至 1000000 元之间的金额（最多两位小数）。");
        }

        OverviewProactive = Clean(text.OverviewProactive);
        OverviewRequests = Clean(text.OverviewRequests);
        OverviewManagement = Clean(text.OverviewManagement);
        OverviewPlatform = Clean(text.OverviewPlatform);
        OverviewSupervision = Clean(text.OverviewSupervision);
        Problems = Clean(text.Problems);
        OtherMatters = Clean(text.OtherMatters);
        ProcessingFees = text.ProcessingFees;
        Table3Explanation = Clean(text.Table3Explanation);
        Table2Data = Table2.WithEntered(enteredCells).Serialise();
    }

    /// <summary>Takes the computed cells from the registers again (table 二's 行政规范性文件, tables 三 and 四); only while drafting.</summary>
    public void Refresh(NormativeDocumentCounts normative, RequestTable table3, AppealTable table4, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(table3);
        ArgumentNullException.ThrowIfNull(table4);
        EnsureEditable();
        Table2Data = Table2.WithComputed(normative).Serialise();
        Table3Data = table3.Serialise();
        Table4Data = table4.Serialise();
        ComputedAt = now;
    }

    /// <summary>提交: to the unit head when the unit signs off itself, else to the county office.</summary>
    public void Submit(DateTime now, string by, bool unitSignOff, PreviousReportFacts? previous)
    {
        if (Status != AnnualReportStatus.Draft)
        {
            throw new DomainException("只有起草中的年度报告可以提交。");
        }

        EnsurePasses(previous, "提交");
        Status = unitSignOff ? AnnualReportStatus.AwaitingUnit : AnnualReportStatus.AwaitingCounty;
        SubmittedAt = now;
        SubmittedBy = by;
        ReturnComment = null;
    }

    /// <summary>单位审核通过: on to the county office.</summary>
    public void ApproveInUnit(DateTime now, string by, PreviousReportFacts? previous)
    {
        if (!CanSignOffInUnit)
        {
            throw new DomainException("该年度报告不在待单位审核状态。");
        }

        EnsurePasses(previous, "审核通过");
        Status = AnnualReportStatus.AwaitingCounty;
        UnitApprovedAt = now;
        UnitApprovedBy = by;
    }

    /// <summary>退回 by the unit head or the county office, with the reason; back to 起草.</summary>
    public void Return(string comment, DateTime now, string by)
    {
        if (Status is not (AnnualReportStatus.AwaitingUnit or AnnualReportStatus.AwaitingCounty))
        {
            throw new DomainException("只有待审核的年度报告可以退回。");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("请填写退回理由。");
        }

        _ = now;
        _ = by;
        Status = AnnualReportStatus.Draft;
        ReturnComment = comment.Trim();
        UnitApprovedAt = null;
        UnitApprovedBy = null;
    }

    /// <summary>县政务公开办审核通过并发布.</summary>
    public void Publish(DateTime now, string by, PreviousReportFacts? previous)
    {
        if (!CanReview)
        {
            throw new DomainException("该年度报告不在待县政务公开办审核状态。");
        }

        EnsurePasses(previous, "发布");
        Status = AnnualReportStatus.Published;
        PublishedAt = now;
        PublishedBy = by;
    }

    /// <summary>更正: a new edition, in 起草, with the same content and the public 更正说明.</summary>
    public AnnualReport Correct(string note)
    {
        if (!CanCorrect)
        {
            throw new DomainException("只有已发布的现行年度报告可以更正。");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("请填写更正说明。");
        }

        return new AnnualReport
        {
            OrganisationId = OrganisationId,
            Year = Year,
            Edition = Edition + 1,
            CorrectsReportId = Id,
            CorrectionNote = note.Trim(),
            Status = AnnualReportStatus.Draft,
            OverviewProactive = OverviewProactive,
            OverviewRequests = OverviewRequests,
            OverviewManagement = OverviewManagement,
            OverviewPlatform = OverviewPlatform,
            OverviewSupervision = OverviewSupervision,
            Problems = Problems,
            OtherMatters = OtherMatters,
            ProcessingFees = ProcessingFees,
            Table3Explanation = Table3Explanation,
            Table2Data = Table2Data,
            Table3Data = Table3Data,
            Table4Data = Table4Data,
            ComputedAt = ComputedAt,
        };
    }

    /// <summary>The 更正说明 of a correction edition may be reworded while it is drafted.</summary>
    public void RewordCorrection(string? note)
    {
        EnsureEditable();
        if (CorrectsReportId is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("请填写更正说明。");
        }

        CorrectionNote = note.Trim();
    }

    /// <summary>A newer edition was published: this one stays readable, marked 已更正.</summary>
    public void SupersedeBy(int reportId, DateTime now)
    {
        if (Status != AnnualReportStatus.Published)
        {
            throw new DomainException("只有已发布的年度报告可以被更正版本替代。");
        }

        Status = AnnualReportStatus.Superseded;
        SupersededByReportId = reportId;
        SupersededAt = now;
    }

    private void EnsureEditable()
    {
        if (Status is AnnualReportStatus.Published or AnnualReportStatus.Superseded)
        {
            throw new DomainException("已发布的年度报告不能直接修改，请使用“更正”发布新版本。");
        }

        if (Status != AnnualReportStatus.Draft)
        {
            throw new DomainException("年度报告正在审核中，不能修改；如需修改请由审核人退回。");
        }
    }

    private void EnsurePasses(PreviousReportFacts? previous, string step)
    {
        var errors = Check(previous).Where(c => c.Severity == CheckSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new DomainException($"勾稽关系校验未通过，不能{step}：" + string.Join("；", errors.Take(5).Select(e => e.Message))
                + (errors.Count > 5 ? $"（共 {errors.Count} 项）" : ""));
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
