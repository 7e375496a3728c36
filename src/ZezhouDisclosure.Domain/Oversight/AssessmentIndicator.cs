using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Oversight;

/// <summary>What a 考核 indicator measures for a unit over the year.</summary>
public enum AssessmentMeasure
{
    /// <summary>监测发现: the unit's 单项否决 and 扣分 findings of the listed rules seen during the year (one per finding).</summary>
    Findings = 0,

    /// <summary>政策解读: the unit's 政策文件 published during the year without a published 解读 (of all its 政策文件).</summary>
    UninterpretedPolicies = 1,

    /// <summary>年报: days the unit's 年度报告 due in the year was published late (or is still missing, up to the year's end).</summary>
    AnnualReportDaysLate = 2,

    /// <summary>县政务公开办 enters the value for each unit, with a note (e.g. 暗访 problems, 加分 items).</summary>
    Manual = 3,
}

/// <summary>How an indicator turns the measured value into points.</summary>
public enum AssessmentScoring
{
    /// <summary>扣分: full weight, minus points per counted item (finding, day late, overdue case), the deduction capped.</summary>
    DeductPerItem = 0,

    /// <summary>按比例: weight × the share of items in order ((total − counted) / total); full weight when there is nothing to count.</summary>
    Proportional = 1,

    /// <summary>加分: points per counted item, capped; not part of the 100 points of weight.</summary>
    Bonus = 2,
}

/// <summary>
/// One indicator of a year's 考核 (年度政务公开考核): its weight (full marks), what it measures, and the scoring rule
/// (points per item, cap). The arithmetic lives in <see cref="Points"/>.
/// </summary>
public class AssessmentIndicator : Entity
{
    public const int CodeLength = 32;
    public const int NameLength = 100;
    public const int CheckCodesLength = 500;

    private AssessmentIndicator()
    {
    }

    public AssessmentIndicator(string code, string name, AssessmentMeasure measure, string? checkCodes, AssessmentScoring scoring, decimal weight, decimal pointsPerItem, decimal? cap)
    {
        code = (code ?? "").Trim();
        name = (name ?? "").Trim();
        if (code.Length == 0 || code.Length > CodeLength)
        {
            throw new DomainException($"指标编号不能为空，且不超过 {CodeLength} 个字符。");
        }

        if (name.Length == 0 || name.Length > NameLength)
        {
            throw new DomainException($"指标名称不能为空，且不超过 {NameLength} 个字。");
        }

        var codes = string.Join(",", (checkCodes ?? "").Split([',', '，', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (measure == AssessmentMeasure.Findings && codes.Length == 0)
        {
            throw new DomainException("按监测发现计分的指标须列出监测规则代码。");
        }

        if (codes.Length > CheckCodesLength)
        {
            throw new DomainException($"监测规则代码不能超过 {CheckCodesLength} 个字符。");
        }

        if (scoring == AssessmentScoring.Bonus ? weight != 0 : weight <= 0 || weight > 100)
        {
            throw new DomainException(scoring == AssessmentScoring.Bonus ? "加分指标不占权重，分值请填 0，加分上限填在“封顶”。" : "指标分值应大于 0 且不超过 100。");
        }

        if (scoring != AssessmentScoring.Proportional && pointsPerItem <= 0)
        {
            throw new DomainException("每项扣分（加分）应大于 0。");
        }

        if (cap is { } c && c <= 0)
        {
            throw new DomainException("封顶分值应大于 0。");
        }

        if (scoring == AssessmentScoring.Bonus && cap is null)
        {
            throw new DomainException("加分指标须设加分上限（封顶）。");
        }

        Code = code;
        Name = name;
        Measure = measure;
        CheckCodes = measure == AssessmentMeasure.Findings ? codes : null;
        Scoring = scoring;
        Weight = weight;
        PointsPerItem = scoring == AssessmentScoring.Proportional ? 0 : pointsPerItem;
        Cap = cap;
    }

    public int AssessmentId { get; private set; }

    /// <summary>Short code unique within the set (e.g. A1); manual values are keyed by it across versions.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public AssessmentMeasure Measure { get; private set; }

    /// <summary>For <see cref="AssessmentMeasure.Findings"/>: the inspector rule codes counted, comma separated.</summary>
    public string? CheckCodes { get; private set; }

    public AssessmentScoring Scoring { get; private set; }

    /// <summary>Full marks (0 for a 加分 indicator).</summary>
    public decimal Weight { get; private set; }

    /// <summary>Points deducted (or added) per counted item.</summary>
    public decimal PointsPerItem { get; private set; }

    /// <summary>The most a deduction (or bonus) can be; null: a deduction is capped by the weight.</summary>
    public decimal? Cap { get; private set; }

    public IReadOnlyList<string> CheckCodeList => CheckCodes is null ? [] : CheckCodes.Split(',');

    /// <summary>
    /// The points a unit earns: <paramref name="counted"/> items (findings, days late, overdue cases, policies without a
    /// 解读) out of <paramref name="total"/> (only the proportional rule reads it). Rounded to two decimals, never below 0.
    /// </summary>
    public decimal Points(decimal counted, decimal total)
    {
        if (counted < 0)
        {
            throw new DomainException("计分项数不能为负数。");
        }

        var points = Scoring switch
        {
            AssessmentScoring.DeductPerItem => Weight - Math.Min(Cap ?? Weight, PointsPerItem * counted),
            AssessmentScoring.Proportional => total <= 0 ? Weight : Weight * Math.Max(0, total - counted) / total,
            _ => Math.Min(Cap!.Value, PointsPerItem * counted),
        };
        return Math.Round(Math.Max(0, points), 2, MidpointRounding.AwayFromZero);
    }

    internal AssessmentIndicator Copy() => new(Code, Name, Measure, CheckCodes, Scoring, Weight, PointsPerItem, Cap);
}
