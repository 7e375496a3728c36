using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>A freshness rule for the columns whose path starts with <see cref="PathPrefix"/> (the longest prefix wins).</summary>
public sealed class ColumnFreshnessRule
{
    public string PathPrefix { get; set; } = "";

    public int Days { get; set; }

    public int Months { get; set; }

    public FreshnessLimit Limit => new(Days, Months);
}

/// <summary>
/// Thresholds of the built-in inspector (section <c>Portal:Inspector</c>). The defaults are those of 国办秘函〔2019〕19号
/// and the evaluator's checklist (docs/oversight.md); a province's stricter rule is a configuration change.
/// </summary>
public sealed class InspectorSettings
{
    public const string SectionName = "Portal:Inspector";

    /// <summary>Whether the nightly run is on.</summary>
    public bool Nightly { get; set; } = true;

    /// <summary>The Beijing hour of the nightly run (0–23).</summary>
    public int NightlyHour { get; set; } = 2;

    /// <summary>Whether last month's 月度自查报告 are generated and stored on the 1st working day of each month.</summary>
    public bool MonthlyReports { get; set; } = true;

    /// <summary>From this Beijing hour (0–23) of the 1st working day on (after the nightly run has closed last month).</summary>
    public int MonthlyReportHour { get; set; } = 6;

    /// <summary>Whether a unit whose public records changed is re-checked on its own right after the change.</summary>
    public bool RecheckAfterPublication { get; set; } = true;

    /// <summary>
    /// The share of wall time a run nobody waits for (nightly, after a publication) spends working; it waits the rest
    /// (<c>InspectionPace</c>). 0.25 leaves the public pages at least three quarters of the inspector's core: at 200 000
    /// documents a full run works ≈ 20 s and so takes ≈ 80 s (docs/performance.md, "Inspection at scale"). 1 = full speed.
    /// </summary>
    public double DutyCycle { get; set; } = 0.25;

    /// <summary>首页不更新: a dated item within this many days (19号 单项否决).</summary>
    public int HomeMaxDays { get; set; } = 14;

    /// <summary>Per-column rules by path prefix; columns without one fall back to their kind's default below.</summary>
    public List<ColumnFreshnessRule> ColumnRules { get; set; } =
    [
        new() { PathPrefix = ColumnPaths.PolicyDocuments, Months = 6 },
        new() { PathPrefix = ColumnPaths.PolicyInterpretations, Months = 6 },
    ];

    /// <summary>A 法定主动公开 column without its own rule: updated at least yearly (预决算, 统计 and the like are annual).</summary>
    public int StatutoryMonths { get; set; } = 12;

    /// <summary>栏目不更新 vetoes: this many stale columns of one unit.</summary>
    public int StaleColumnsVeto { get; set; } = 5;

    /// <summary>空白栏目 vetoes: this many blank columns of one unit.</summary>
    public int BlankColumnsVeto { get; set; } = 5;

    /// <summary>The columns every unit is expected to fill unless marked “不涉及” (条例第二十条 and 政策文件).</summary>
    public List<string> RequiredColumns { get; set; } =
    [
        ColumnPaths.StatutoryRegulations, ColumnPaths.StatutoryFunctions, ColumnPaths.StatutoryPlans, ColumnPaths.StatutoryStatistics,
        ColumnPaths.StatutoryLicensing, ColumnPaths.StatutoryPenalties, ColumnPaths.StatutoryBudgets, ColumnPaths.StatutoryFees,
        ColumnPaths.StatutoryProcurement, ColumnPaths.StatutoryMajorProjects, ColumnPaths.StatutoryLivelihood,
        ColumnPaths.StatutoryEmergencies, ColumnPaths.StatutoryInspections, ColumnPaths.StatutoryCivilServiceRecruitment,
        ColumnPaths.PolicyDocuments,
    ];

    /// <summary>集中更新: at least this many items of one unit on one day …</summary>
    public int BurstMinimumItems { get; set; } = 10;

    /// <summary>… after at least this many days without any.</summary>
    public int BurstSilenceDays { get; set; } = 30;

    /// <summary>Bursts older than this many days are no longer reported.</summary>
    public int BurstWindowDays { get; set; } = 90;

    /// <summary>依申请公开: due within this many working days is reported as 即将到期.</summary>
    public int RequestDueSoonWorkingDays { get; set; } = 3;

    /// <summary>External links: seconds before a fetch counts as 超时.</summary>
    public int LinkTimeoutSeconds { get; set; } = 10;

    /// <summary>External links: the pause between two fetches (a polite rate).</summary>
    public int LinkDelayMilliseconds { get; set; } = 200;

    /// <summary>External links: how long a fetched result is reused.</summary>
    public int LinkCacheHours { get; set; } = 24;

    /// <summary>External links: at most this many fetches per run (the rest wait for the next run's cache).</summary>
    public int LinkMaxFetchesPerRun { get; set; } = 500;

    /// <summary>Whether external links are fetched at all (internal ones are always resolved).</summary>
    public bool FetchExternalLinks { get; set; } = true;

    /// <summary>The duty cycle a run of this trigger is paced at: 1 (full speed) for 立即监测, whose answer someone waits for.</summary>
    public double DutyCycleFor(InspectionTrigger trigger) => trigger == InspectionTrigger.OnDemand ? 1 : DutyCycle;

    public FreshnessLimit LimitFor(Column column)
    {
        var rule = ColumnRules.Where(r => r.PathPrefix.Length > 0 && (column.Path == r.PathPrefix || column.Path.StartsWith(r.PathPrefix + "/", StringComparison.Ordinal)))
            .OrderByDescending(r => r.PathPrefix.Length).FirstOrDefault();
        return rule?.Limit ?? FreshnessLimit.OfMonths(StatutoryMonths);
    }

    /// <summary>The start-up check: Chinese problems, none when valid.</summary>
    public IEnumerable<string> Problems()
    {
        if (HomeMaxDays < 1) { yield return "HomeMaxDays 必须大于 0。"; }
        if (NightlyHour is < 0 or > 23) { yield return "NightlyHour 必须在 0 至 23 之间。"; }
        if (MonthlyReportHour is < 0 or > 23) { yield return "MonthlyReportHour 必须在 0 至 23 之间。"; }
        if (ColumnRules.Any(r => (r.Days <= 0) == (r.Months <= 0))) { yield return "ColumnRules 每条须且仅须设置 Days 或 Months。"; }
        if (StatutoryMonths < 1 || StaleColumnsVeto < 1 || BlankColumnsVeto < 1 || BurstMinimumItems < 2 || BurstSilenceDays < 1) { yield return "栏目阈值必须为正数。"; }
        if (double.IsNaN(DutyCycle) || DutyCycle is <= 0 or > 1) { yield return "DutyCycle 必须大于 0 且不大于 1。"; }
        if (LinkTimeoutSeconds is < 1 or > 60 || LinkDelayMilliseconds < 0 || LinkMaxFetchesPerRun < 0) { yield return "链接检查参数无效。"; }
    }
}
