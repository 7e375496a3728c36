using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Domain.Tests.Oversight;

public class AssessmentTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 2, 0, 0, DateTimeKind.Utc);

    private static AssessmentIndicator Deduct(string code, decimal weight, decimal per, decimal? cap = null, AssessmentMeasure measure = AssessmentMeasure.Findings) =>
        new(code, "指标" + code, measure, measure == AssessmentMeasure.Findings ? "column.stale" : null, AssessmentScoring.DeductPerItem, weight, per, cap);

    /// <summary>
    /// The small fixture of the hand computation: A1 栏目不更新 findings (40 points, 3 per finding, at most 10 off),
    /// A2 解读比例 (30 points × share interpreted), A3 年报 days late (30 points, 0.5 per day, floor 0), B1 manual bonus
    /// (1.5 per item, at most 2).
    /// </summary>
    private static Assessment Fixture()
    {
        var a = new Assessment(2026);
        a.AddIndicator(Deduct("A1", 40, 3, 10));
        a.AddIndicator(new AssessmentIndicator("A2", "政策解读比例", AssessmentMeasure.UninterpretedPolicies, null, AssessmentScoring.Proportional, 30, 0, null));
        a.AddIndicator(Deduct("A3", 30, 0.5m, null, AssessmentMeasure.AnnualReportDaysLate));
        a.AddIndicator(new AssessmentIndicator("B1", "创新加分", AssessmentMeasure.Manual, null, AssessmentScoring.Bonus, 0, 1.5m, 2));
        return a;
    }

    private static IEnumerable<AssessmentMeasurement> Unit(int id, string name, decimal a1, decimal uninterpreted, decimal policies, decimal daysLate) =>
    [
        new(id, name, "A1", a1, 0), new(id, name, "A2", uninterpreted, policies), new(id, name, "A3", daysLate, 0), new(id, name, "B1", 0, 0),
    ];

    [Fact]
    public void Ranking_SmallFixture_MatchesHandComputation()
    {
        var a = Fixture();
        a.SetManualValue("B1", 1, 1, "经验被推广。");
        a.SetManualValue("B1", 2, 3, "三项创新。");
        a.SetManualValue("B1", 4, 1, "一项创新。");
        a.RecordScores(
            [.. Unit(1, "高都镇", 2, 4, 10, 3), .. Unit(2, "金村镇", 5, 0, 0, 0), .. Unit(3, "巴公镇", 4, 1, 3, 100), .. Unit(4, "大阳镇", 0, 3, 3, 0)],
            Now);

        var ranking = a.Ranking();

        // 金村镇: 40 − min(10, 5×3) = 30; no 政策文件 → 30; on time → 30; bonus min(2, 3×1.5) = 2; total 92.
        // 高都镇: 40 − 2×3 = 34; 30 × 6/10 = 18; 30 − 3×0.5 = 28.5; bonus 1.5; total 82.
        // 大阳镇: 40; 30 × 0/3 = 0; 30; bonus 1.5; total 71.5.
        // 巴公镇: 40 − min(10, 12) = 30; 30 × 2/3 = 20; 30 − 50 → 0; no bonus entered → 0; total 50.
        Assert.Equal(["金村镇", "高都镇", "大阳镇", "巴公镇"], ranking.Select(r => r.UnitName));
        Assert.Equal([92m, 82m, 71.5m, 50m], ranking.Select(r => r.Total));
        Assert.Equal([1, 2, 3, 4], ranking.Select(r => r.Rank));
        Assert.Equal([34m, 18m, 28.5m, 1.5m], ranking[1].Scores.Select(s => s.Points));
        Assert.Equal([30m, 20m, 0m, 0m], ranking[3].Scores.Select(s => s.Points));
        Assert.Equal("经验被推广。", ranking[1].Scores.Single(s => s.IndicatorCode == "B1").Note);
        Assert.Equal(1m, ranking[1].Scores.Single(s => s.IndicatorCode == "B1").Counted);
        Assert.Null(ranking[3].Scores.Single(s => s.IndicatorCode == "B1").Note);
        Assert.Equal(Now, a.ComputedAt);
    }

    [Fact]
    public void Ranking_EqualTotals_ShareRankThenNextSkips()
    {
        var a = new Assessment(2026);
        a.AddIndicator(Deduct("A1", 100, 10));
        a.RecordScores([new(1, "乙", "A1", 1, 0), new(2, "甲", "A1", 1, 0), new(3, "丙", "A1", 0, 0), new(4, "丁", "A1", 3, 0)], Now);

        var ranking = a.Ranking();

        Assert.Equal(["丙", "乙", "甲", "丁"], ranking.Select(r => r.UnitName));
        Assert.Equal([1, 2, 2, 4], ranking.Select(r => r.Rank));
        Assert.Equal([100m, 90m, 90m, 70m], ranking.Select(r => r.Total));
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 17)]
    [InlineData(3, 11)]
    [InlineData(4, 10)] // 12 > cap 10
    [InlineData(10, 10)]
    public void Points_DeductWithCap_DeductionNeverBeyondCap(int counted, int expected) =>
        Assert.Equal(expected, Deduct("A1", 20, 3, 10).Points(counted, 0));

    [Theory]
    [InlineData(6, 2)]
    [InlineData(7, 0)] // 21 > 20: capped by the weight
    public void Points_DeductWithoutCap_CappedByWeight(int counted, int expected) =>
        Assert.Equal(expected, Deduct("A1", 20, 3).Points(counted, 0));

    [Fact]
    public void Points_CapAboveWeight_NeverBelowZero() => Assert.Equal(0m, Deduct("A1", 5, 3, 50).Points(3, 0));

    [Theory]
    [InlineData(0, 3, 10)]
    [InlineData(1, 3, 6.67)] // 10 × 2/3, rounded half away from zero
    [InlineData(3, 3, 0)]
    [InlineData(0, 0, 10)] // nothing to count: full marks
    [InlineData(5, 4, 0)]
    public void Points_Proportional_WeightTimesShareInOrder(int counted, int total, double expected) =>
        Assert.Equal((decimal)expected, new AssessmentIndicator("A2", "解读", AssessmentMeasure.UninterpretedPolicies, null, AssessmentScoring.Proportional, 10, 0, null).Points(counted, total));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1.5)]
    [InlineData(2, 2)]
    [InlineData(9, 2)]
    public void Points_Bonus_PerItemUpToCap(int counted, double expected) =>
        Assert.Equal((decimal)expected, new AssessmentIndicator("B1", "加分", AssessmentMeasure.Manual, null, AssessmentScoring.Bonus, 0, 1.5m, 2).Points(counted, 0));

    [Fact]
    public void Points_NegativeCount_Refused() =>
        Assert.Equal("计分项数不能为负数。", Assert.Throws<DomainException>(() => Deduct("A1", 20, 3).Points(-1, 0)).Message);

    [Theory]
    [InlineData("", "名称")]
    [InlineData("A1", " ")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "名称")] // 33 characters
    public void Indicator_BlankOrLongCodeOrName_Refused(string code, string name) =>
        Assert.Throws<DomainException>(() => new AssessmentIndicator(code, name, AssessmentMeasure.Manual, null, AssessmentScoring.DeductPerItem, 10, 1, null));

    [Fact]
    public void Indicator_Code32AndName100_Accepted()
    {
        var indicator = new AssessmentIndicator(" " + new string('A', 32) + " ", new string('名', 100), AssessmentMeasure.Manual, "ignored", AssessmentScoring.DeductPerItem, 10, 1, null);
        Assert.Equal(new string('A', 32), indicator.Code);
        Assert.Null(indicator.CheckCodes);
        Assert.Empty(indicator.CheckCodeList);
    }

    [Fact]
    public void Indicator_Name101_Refused() =>
        Assert.Throws<DomainException>(() => new AssessmentIndicator("A1", new string('名', 101), AssessmentMeasure.Manual, null, AssessmentScoring.DeductPerItem, 10, 1, null));

    [Fact]
    public void Indicator_FindingsWithoutRuleCodes_Refused() =>
        Assert.Equal("按监测发现计分的指标须列出监测规则代码。", Assert.Throws<DomainException>(() =>
            new AssessmentIndicator("A1", "栏目", AssessmentMeasure.Findings, " ，, ", AssessmentScoring.DeductPerItem, 10, 1, null)).Message);

    [Fact]
    public void Indicator_RuleCodes_Normalised()
    {
        var indicator = new AssessmentIndicator("A1", "栏目", AssessmentMeasure.Findings, " column.stale，column.blank ,home.stale\n", AssessmentScoring.DeductPerItem, 10, 1, null);
        Assert.Equal("column.stale,column.blank,home.stale", indicator.CheckCodes);
        Assert.Equal(["column.stale", "column.blank", "home.stale"], indicator.CheckCodeList);
    }

    [Fact]
    public void Indicator_RuleCodesOver500_Refused() =>
        Assert.Throws<DomainException>(() => new AssessmentIndicator("A1", "栏目", AssessmentMeasure.Findings, new string('c', 501), AssessmentScoring.DeductPerItem, 10, 1, null));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.01)]
    public void Indicator_WeightOutOfRange_Refused(double weight) =>
        Assert.Equal("指标分值应大于 0 且不超过 100。", Assert.Throws<DomainException>(() =>
            new AssessmentIndicator("A1", "栏目", AssessmentMeasure.Manual, null, AssessmentScoring.DeductPerItem, (decimal)weight, 1, null)).Message);

    [Fact]
    public void Indicator_Weight100_Accepted() =>
        Assert.Equal(100m, new AssessmentIndicator("A1", "栏目", AssessmentMeasure.Manual, null, AssessmentScoring.DeductPerItem, 100, 1, null).Weight);

    [Fact]
    public void Indicator_BonusWithWeight_Refused() =>
        Assert.StartsWith("加分指标不占权重", Assert.Throws<DomainException>(() =>
            new AssessmentIndicator("B1", "加分", AssessmentMeasure.Manual, null, AssessmentScoring.Bonus, 1, 1, 2)).Message, StringComparison.Ordinal);

    [Fact]
    public void Indicator_BonusWithoutCap_Refused() =>
        Assert.Equal("加分指标须设加分上限（封顶）。", Assert.Throws<DomainException>(() =>
            new AssessmentIndicator("B1", "加分", AssessmentMeasure.Manual, null, AssessmentScoring.Bonus, 0, 1, null)).Message);

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    public void Indicator_NoPointsPerItem_Refused(double per) =>
        Assert.Equal("每项扣分（加分）应大于 0。", Assert.Throws<DomainException>(() =>
            new AssessmentIndicator("A1", "栏目", AssessmentMeasure.Manual, null, AssessmentScoring.DeductPerItem, 10, (decimal)per, null)).Message);

    [Fact]
    public void Indicator_Proportional_NeedsNoPointsPerItemAndKeepsNone() =>
        Assert.Equal(0m, new AssessmentIndicator("A2", "解读", AssessmentMeasure.UninterpretedPolicies, null, AssessmentScoring.Proportional, 10, 5, null).PointsPerItem);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Indicator_NonPositiveCap_Refused(double cap) =>
        Assert.Equal("封顶分值应大于 0。", Assert.Throws<DomainException>(() =>
            new AssessmentIndicator("A1", "栏目", AssessmentMeasure.Manual, null, AssessmentScoring.DeductPerItem, 10, 1, (decimal)cap)).Message);

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void New_YearOutOfRange_Refused(int year) => Assert.Throws<DomainException>(() => new Assessment(year));

    [Fact]
    public void New_FirstVersionDraft()
    {
        var a = new Assessment(2000);
        Assert.Equal(1, a.Number);
        Assert.Equal(AssessmentStatus.Draft, a.Status);
        Assert.False(a.IsFrozen);
        Assert.Equal(2100, new Assessment(2100).Year);
    }

    [Fact]
    public void AddIndicator_DuplicateCodeIgnoringCase_Refused()
    {
        var a = new Assessment(2026);
        a.AddIndicator(Deduct("A1", 10, 1));
        Assert.Equal("指标编号“a1”已存在。", Assert.Throws<DomainException>(() => a.AddIndicator(Deduct("a1", 10, 1))).Message);
    }

    [Fact]
    public void AddIndicator_WeightsUpTo100_AcceptedBeyondRefusedBonusNotCounted()
    {
        var a = new Assessment(2026);
        a.AddIndicator(Deduct("A1", 60, 1));
        a.AddIndicator(Deduct("A2", 40, 1));
        a.AddIndicator(new AssessmentIndicator("B1", "加分", AssessmentMeasure.Manual, null, AssessmentScoring.Bonus, 0, 1, 5));
        Assert.Equal(100m, a.TotalWeight);
        Assert.Equal("各指标分值合计不能超过 100 分（现有 100 分）。", Assert.Throws<DomainException>(() => a.AddIndicator(Deduct("A3", 0.5m, 1))).Message);
        Assert.Equal(3, a.Indicators.Count);
    }

    [Fact]
    public void Change_AfterCompute_TableMustBeComputedAgain()
    {
        var a = Fixture();
        a.RecordScores(Unit(1, "高都镇", 0, 0, 0, 0), Now);
        a.SetManualValue("B1", 1, 1, "说明");
        Assert.Null(a.ComputedAt);
        a.RecordScores(Unit(1, "高都镇", 0, 0, 0, 0), Now);
        a.RemoveIndicator("A3");
        Assert.Null(a.ComputedAt);
        a.RecordScores([new(1, "高都镇", "A1", 0, 0)], Now);
        a.AddIndicator(Deduct("A4", 10, 1));
        Assert.Null(a.ComputedAt);
    }

    [Fact]
    public void RemoveIndicator_RemovesItsManualValuesOnly()
    {
        var a = Fixture();
        a.AddIndicator(new AssessmentIndicator("M1", "日常", AssessmentMeasure.Manual, null, AssessmentScoring.Bonus, 0, 1, 1));
        a.SetManualValue("B1", 1, 1, "说明");
        a.SetManualValue("M1", 1, 1, "说明");
        a.RemoveIndicator("B1");
        Assert.Equal(["A1", "A2", "A3", "M1"], a.Indicators.Select(i => i.Code));
        Assert.Equal("M1", Assert.Single(a.ManualValues).IndicatorCode);
        Assert.Equal("指标不存在。", Assert.Throws<DomainException>(() => a.RemoveIndicator("B1")).Message);
    }

    [Fact]
    public void SetManualValue_ComputedIndicator_Refused() =>
        Assert.Equal("“指标A1”由系统计算，不能手工填报。", Assert.Throws<DomainException>(() => Fixture().SetManualValue("A1", 1, 1, "说明")).Message);

    [Fact]
    public void SetManualValue_UnknownIndicator_Refused() =>
        Assert.Equal("指标不存在。", Assert.Throws<DomainException>(() => Fixture().SetManualValue("X9", 1, 1, "说明")).Message);

    [Fact]
    public void SetManualValue_Negative_Refused() =>
        Assert.Equal("填报值不能为负数。", Assert.Throws<DomainException>(() => Fixture().SetManualValue("B1", 1, -0.01m, "说明")).Message);

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void SetManualValue_WithoutNote_Refused(string? note) =>
        Assert.Equal("请填写说明（依据）。", Assert.Throws<DomainException>(() => Fixture().SetManualValue("B1", 1, 1, note)).Message);

    [Fact]
    public void SetManualValue_NoteOver500_Refused() =>
        Assert.Throws<DomainException>(() => Fixture().SetManualValue("B1", 1, 1, new string('说', 501)));

    [Fact]
    public void SetManualValue_Again_ReplacesThatUnitsValueAndTrimsNote()
    {
        var a = Fixture();
        a.SetManualValue("B1", 1, 0, "第一次");
        a.SetManualValue("B1", 2, 2, "乙单位");
        a.SetManualValue("B1", 1, 2, " " + new string('说', 500) + " ");
        Assert.Equal(2, a.ManualValues.Count);
        var value = a.ManualValues.Single(v => v.OrganisationId == 1);
        Assert.Equal(2m, value.Value);
        Assert.Equal(new string('说', 500), value.Note);
        Assert.Equal("B1", value.IndicatorCode);
    }

    [Fact]
    public void RecordScores_WithoutIndicators_Refused() =>
        Assert.Equal("请先设置考核指标。", Assert.Throws<DomainException>(() => new Assessment(2026).RecordScores([], Now)).Message);

    [Fact]
    public void RecordScores_UnknownIndicator_Refused() =>
        Assert.Equal("指标“X9”不存在。", Assert.Throws<DomainException>(() => Fixture().RecordScores([new(1, "高都镇", "X9", 1, 0)], Now)).Message);

    [Fact]
    public void RecordScores_Again_ReplacesTheTable()
    {
        var a = Fixture();
        a.RecordScores(Unit(1, "高都镇", 1, 0, 0, 0), Now);
        a.RecordScores([new(2, "金村镇", "A1", 0, 0)], Now.AddHours(1));
        var score = Assert.Single(a.Scores);
        Assert.Equal("金村镇", score.UnitName);
        Assert.Equal(40m, score.Points);
        Assert.Equal(Now.AddHours(1), a.ComputedAt);
    }

    [Fact]
    public void Approve_WeightsNot100_Refused()
    {
        var a = new Assessment(2026);
        a.AddIndicator(Deduct("A1", 99.5m, 1));
        a.RecordScores([new(1, "高都镇", "A1", 0, 0)], Now);
        Assert.Equal("各指标分值合计应为 100 分（现为 99.5 分），不能审定。", Assert.Throws<DomainException>(() => a.Approve(Now, "office")).Message);
        Assert.Equal(AssessmentStatus.Draft, a.Status);
    }

    [Fact]
    public void Approve_NotComputed_Refused()
    {
        var a = Fixture();
        Assert.Equal("考核结果尚未计算或计算后又有修改，请先计算。", Assert.Throws<DomainException>(() => a.Approve(Now, "office")).Message);
        Assert.Null(a.ApprovedAt);
    }

    private static Assessment Approved()
    {
        var a = Fixture();
        a.SetManualValue("B1", 1, 1, "说明");
        a.RecordScores(Unit(1, "高都镇", 1, 0, 0, 0), Now);
        a.Approve(Now.AddHours(1), "office");
        return a;
    }

    [Fact]
    public void Approve_Computed_FrozenWithWhoAndWhen()
    {
        var a = Approved();
        Assert.Equal(AssessmentStatus.Approved, a.Status);
        Assert.True(a.IsFrozen);
        Assert.Equal(Now.AddHours(1), a.ApprovedAt);
        Assert.Equal("office", a.ApprovedBy);
    }

    [Fact]
    public void Approved_AnyChange_RefusedWithNewVersionHint()
    {
        var a = Approved();
        const string Frozen = "考核结果已审定，不能修改；如需调整，请新建版本并说明理由。";
        Assert.Equal(Frozen, Assert.Throws<DomainException>(() => a.AddIndicator(Deduct("A9", 1, 1))).Message);
        Assert.Equal(Frozen, Assert.Throws<DomainException>(() => a.RemoveIndicator("A1")).Message);
        Assert.Equal(Frozen, Assert.Throws<DomainException>(() => a.SetManualValue("B1", 1, 2, "改")).Message);
        Assert.Equal(Frozen, Assert.Throws<DomainException>(() => a.RecordScores([], Now)).Message);
        Assert.Equal(Frozen, Assert.Throws<DomainException>(() => a.Approve(Now, "office")).Message);
        Assert.Equal(4, a.Scores.Count);
        Assert.Equal(1m, a.ManualValues.Single().Value);
    }

    [Fact]
    public void NewVersion_Draft_Refused() =>
        Assert.Equal("草稿可直接修改，无需新建版本。", Assert.Throws<DomainException>(() => Fixture().NewVersion("理由")).Message);

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void NewVersion_WithoutReason_RefusedAndStillApproved(string? reason)
    {
        var a = Approved();
        Assert.Equal("请填写新建版本的理由。", Assert.Throws<DomainException>(() => a.NewVersion(reason)).Message);
        Assert.Equal(AssessmentStatus.Approved, a.Status);
    }

    [Fact]
    public void NewVersion_ReasonOver500_Refused() =>
        Assert.Throws<DomainException>(() => Approved().NewVersion(new string('因', 501)));

    [Fact]
    public void NewVersion_Approved_CopiesIndicatorsAndManualValuesOldOneSuperseded()
    {
        var a = Approved();

        var next = a.NewVersion(" 巴公镇复核后撤销一项发现。 ");

        Assert.Equal(AssessmentStatus.Superseded, a.Status);
        Assert.True(a.IsFrozen);
        Assert.Equal(2026, next.Year);
        Assert.Equal(2, next.Number);
        Assert.Equal("巴公镇复核后撤销一项发现。", next.Reason);
        Assert.Equal(a.Id, next.PreviousId);
        Assert.Equal(AssessmentStatus.Draft, next.Status);
        Assert.Null(next.ComputedAt);
        Assert.Null(next.ApprovedAt);
        Assert.Empty(next.Scores);
        Assert.Equal(a.Indicators.Select(i => (i.Code, i.Name, i.Measure, i.CheckCodes, i.Scoring, i.Weight, i.PointsPerItem, i.Cap)),
            next.Indicators.Select(i => (i.Code, i.Name, i.Measure, i.CheckCodes, i.Scoring, i.Weight, i.PointsPerItem, i.Cap)));
        Assert.All(next.Indicators, i => Assert.DoesNotContain(i, a.Indicators));
        var copied = Assert.Single(next.ManualValues);
        Assert.Equal(("B1", 1, 1m, "说明"), (copied.IndicatorCode, copied.OrganisationId, copied.Value, copied.Note));
        Assert.Equal(4, a.Scores.Count);

        // The new draft can change and be approved; the superseded one cannot.
        next.SetManualValue("B1", 1, 2, "复核后");
        Assert.Equal(1m, a.ManualValues.Single().Value);
        Assert.Equal("该版本已被新版本取代，不能修改。", Assert.Throws<DomainException>(() => a.SetManualValue("B1", 1, 2, "改")).Message);
        Assert.Equal("该版本已被新版本取代，请在最新版本上修改。", Assert.Throws<DomainException>(() => a.NewVersion("再改")).Message);
    }
}
