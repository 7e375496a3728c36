using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Oversight;

/// <summary>Where a version of a year's 考核 stands.</summary>
public enum AssessmentStatus
{
    /// <summary>草稿: indicators and manual values can change; scores are (re)computed.</summary>
    Draft = 0,

    /// <summary>已审定: frozen; a change needs a new version with a reason.</summary>
    Approved = 1,

    /// <summary>已被新版本取代: frozen, kept for the record.</summary>
    Superseded = 2,
}

/// <summary>A manual indicator's value for one unit, entered by 县政务公开办 with a note.</summary>
public class AssessmentManualValue : Entity
{
    private AssessmentManualValue()
    {
    }

    internal AssessmentManualValue(string indicatorCode, int organisationId, decimal value, string note)
    {
        IndicatorCode = indicatorCode;
        OrganisationId = organisationId;
        Value = value;
        Note = note;
    }

    public int AssessmentId { get; private set; }

    public string IndicatorCode { get; private set; } = "";

    public int OrganisationId { get; private set; }

    public decimal Value { get; private set; }

    public string Note { get; private set; } = "";
}

/// <summary>One unit's points on one indicator, as computed (kept: an approved table never changes).</summary>
public class AssessmentScore : Entity
{
    private AssessmentScore()
    {
    }

    internal AssessmentScore(int organisationId, string unitName, string indicatorCode, decimal counted, decimal total, decimal points, string? note)
    {
        OrganisationId = organisationId;
        UnitName = unitName;
        IndicatorCode = indicatorCode;
        Counted = counted;
        Total = total;
        Points = points;
        Note = note;
    }

    public int AssessmentId { get; private set; }

    public int OrganisationId { get; private set; }

    /// <summary>The unit's name when computed (the frozen table keeps it).</summary>
    public string UnitName { get; private set; } = "";

    public string IndicatorCode { get; private set; } = "";

    /// <summary>Items counted (findings, days late, policies without a 解读, the manual value).</summary>
    public decimal Counted { get; private set; }

    /// <summary>Of how many (the proportional rule); 0 otherwise.</summary>
    public decimal Total { get; private set; }

    public decimal Points { get; private set; }

    public string? Note { get; private set; }
}

/// <summary>What the computation measured for one unit and indicator.</summary>
public sealed record AssessmentMeasurement(int OrganisationId, string UnitName, string IndicatorCode, decimal Counted, decimal Total);

/// <summary>One row of the ranked table: a unit, its total, its rank (ties share a rank), its points per indicator.</summary>
public sealed record AssessmentRanking(int Rank, int OrganisationId, string UnitName, decimal Total, IReadOnlyList<AssessmentScore> Scores);

/// <summary>
/// 年度考核: one version of a year's assessment of every unit's 政务公开 work. 县政务公开办 defines the indicators
/// (weights of the deduction and proportional indicators add up to 100; 加分 indicators come on top), enters manual
/// values with a note, computes the scores (from the inspector's findings and the registers), and approves: the table
/// is then frozen. A later change makes a new version (with a reason) that copies the indicators and manual values;
/// the old version is kept as superseded.
/// </summary>
public class Assessment : Entity, IAuditable, IVersioned
{
    public const int FullMarks = 100;
    public const int NoteLength = 500;

    private readonly List<AssessmentIndicator> _indicators = [];
    private readonly List<AssessmentManualValue> _manualValues = [];
    private readonly List<AssessmentScore> _scores = [];

    private Assessment()
    {
    }

    public Assessment(int year)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException("考核年度无效。");
        }

        Year = year;
        Number = 1;
        Status = AssessmentStatus.Draft;
    }

    public int Year { get; private set; }

    /// <summary>版本号: 1 for the first, +1 for each new version.</summary>
    public int Number { get; private set; }

    /// <summary>Why this version was made (null for the first).</summary>
    public string? Reason { get; private set; }

    public int? PreviousId { get; private set; }

    public AssessmentStatus Status { get; private set; }

    /// <summary>When the scores were last computed; null after any change since (the table must be computed again).</summary>
    public DateTime? ComputedAt { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public IReadOnlyList<AssessmentIndicator> Indicators => _indicators;

    public IReadOnlyList<AssessmentManualValue> ManualValues => _manualValues;

    public IReadOnlyList<AssessmentScore> Scores => _scores;

    public bool IsFrozen => Status != AssessmentStatus.Draft;

    /// <summary>The weights of the scored (non-bonus) indicators.</summary>
    public decimal TotalWeight => _indicators.Where(i => i.Scoring != AssessmentScoring.Bonus).Sum(i => i.Weight);

    public void AddIndicator(AssessmentIndicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        EnsureDraft();
        if (_indicators.Any(i => string.Equals(i.Code, indicator.Code, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"指标编号“{indicator.Code}”已存在。");
        }

        if (indicator.Scoring != AssessmentScoring.Bonus && TotalWeight + indicator.Weight > FullMarks)
        {
            throw new DomainException($"各指标分值合计不能超过 {FullMarks} 分（现有 {TotalWeight:0.##} 分）。");
        }

        _indicators.Add(indicator);
        ComputedAt = null;
    }

    public void RemoveIndicator(string code)
    {
        EnsureDraft();
        var indicator = _indicators.FirstOrDefault(i => i.Code == code) ?? throw new DomainException("指标不存在。");
        _indicators.Remove(indicator);
        _manualValues.RemoveAll(v => v.IndicatorCode == code);
        ComputedAt = null;
    }

    /// <summary>县政务公开办 enters a manual indicator's value for a unit, with a note saying where it comes from.</summary>
    public void SetManualValue(string indicatorCode, int organisationId, decimal value, string? note)
    {
        EnsureDraft();
        var indicator = _indicators.FirstOrDefault(i => i.Code == indicatorCode) ?? throw new DomainException("指标不存在。");
        if (indicator.Measure != AssessmentMeasure.Manual)
        {
            throw new DomainException($"“{indicator.Name}”由系统计算，不能手工填报。");
        }

        if (value < 0)
        {
            throw new DomainException("填报值不能为负数。");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("请填写说明（依据）。");
        }

        note = note.Trim();
        if (note.Length > NoteLength)
        {
            throw new DomainException($"说明不能超过 {NoteLength} 个字。");
        }

        _manualValues.RemoveAll(v => v.IndicatorCode == indicatorCode && v.OrganisationId == organisationId);
        _manualValues.Add(new AssessmentManualValue(indicatorCode, organisationId, value, note));
        ComputedAt = null;
    }

    /// <summary>
    /// The computed table: each measurement scored by its indicator (a manual indicator reads the entered value, 0
    /// when none was entered); replaces the previous scores.
    /// </summary>
    public void RecordScores(IEnumerable<AssessmentMeasurement> measurements, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        EnsureDraft();
        if (_indicators.Count == 0)
        {
            throw new DomainException("请先设置考核指标。");
        }

        var byCode = _indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        _scores.Clear();
        foreach (var m in measurements)
        {
            var indicator = byCode.GetValueOrDefault(m.IndicatorCode) ?? throw new DomainException($"指标“{m.IndicatorCode}”不存在。");
            var manual = indicator.Measure == AssessmentMeasure.Manual
                ? _manualValues.FirstOrDefault(v => v.IndicatorCode == indicator.Code && v.OrganisationId == m.OrganisationId)
                : null;
            var counted = indicator.Measure == AssessmentMeasure.Manual ? manual?.Value ?? 0 : m.Counted;
            _scores.Add(new AssessmentScore(m.OrganisationId, m.UnitName, indicator.Code, counted, m.Total, indicator.Points(counted, m.Total), manual?.Note));
        }

        ComputedAt = now;
    }

    /// <summary>The ranked table: highest total first; equal totals share a rank (1, 2, 2, 4), then by name.</summary>
    public IReadOnlyList<AssessmentRanking> Ranking()
    {
        var order = _indicators.Select((i, n) => (i.Code, n)).ToDictionary(x => x.Code, x => x.n, StringComparer.Ordinal);
        var units = _scores.GroupBy(s => s.OrganisationId)
            .Select(g => (Id: g.Key, Name: g.First().UnitName, Total: g.Sum(s => s.Points),
                Scores: (IReadOnlyList<AssessmentScore>)[.. g.OrderBy(s => order.GetValueOrDefault(s.IndicatorCode, int.MaxValue))]))
            .OrderByDescending(u => u.Total).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
        var rows = new List<AssessmentRanking>(units.Count);
        for (var n = 0; n < units.Count; n++)
        {
            var rank = n > 0 && units[n].Total == units[n - 1].Total ? rows[n - 1].Rank : n + 1;
            rows.Add(new AssessmentRanking(rank, units[n].Id, units[n].Name, units[n].Total, units[n].Scores));
        }

        return rows;
    }

    /// <summary>审定: the indicators must weigh exactly 100 and the scores be computed after the last change.</summary>
    public void Approve(DateTime now, string by)
    {
        EnsureDraft();
        if (TotalWeight != FullMarks)
        {
            throw new DomainException($"各指标分值合计应为 {FullMarks} 分（现为 {TotalWeight:0.##} 分），不能审定。");
        }

        if (ComputedAt is null)
        {
            throw new DomainException("考核结果尚未计算或计算后又有修改，请先计算。");
        }

        Status = AssessmentStatus.Approved;
        ApprovedAt = now;
        ApprovedBy = by;
    }

    /// <summary>
    /// A change after approval: this version is superseded and a new draft (number + 1, with the reason) copies the
    /// indicators and manual values; its scores must be computed again.
    /// </summary>
    public Assessment NewVersion(string? reason)
    {
        if (Status != AssessmentStatus.Approved)
        {
            throw new DomainException(Status == AssessmentStatus.Draft ? "草稿可直接修改，无需新建版本。" : "该版本已被新版本取代，请在最新版本上修改。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("请填写新建版本的理由。");
        }

        reason = reason.Trim();
        if (reason.Length > NoteLength)
        {
            throw new DomainException($"理由不能超过 {NoteLength} 个字。");
        }

        var next = new Assessment(Year) { Number = Number + 1, Reason = reason, PreviousId = Id };
        next._indicators.AddRange(_indicators.Select(i => i.Copy()));
        next._manualValues.AddRange(_manualValues.Select(v => new AssessmentManualValue(v.IndicatorCode, v.OrganisationId, v.Value, v.Note)));
        Status = AssessmentStatus.Superseded;
        return next;
    }

    private void EnsureDraft()
    {
        if (Status != AssessmentStatus.Draft)
        {
            throw new DomainException(Status == AssessmentStatus.Approved
                ? "考核结果已审定，不能修改；如需调整，请新建版本并说明理由。"
                : "该版本已被新版本取代，不能修改。");
        }
    }
}
