using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Domain.Tests.AnnualReports;

public class AnnualReportChecksTests
{
    private static readonly DateOnly Jan = new(2026, 1, 10);

    /// <summary>5 new applications (3 natural persons, 2 enterprises), 4 answered, 1 carried into next year; 1 carried over from 2025, answered.</summary>
    internal static RequestTable Balanced() => RequestTable.From(RequestFigures.Compute(2026,
    [
        new(ApplicantType.NaturalPerson, new DateOnly(2025, 12, 20), Jan, RequestOutcome.Disclosed),
        new(ApplicantType.NaturalPerson, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10), RequestOutcome.Disclosed),
        new(ApplicantType.NaturalPerson, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 10), RequestOutcome.PartlyDisclosed),
        new(ApplicantType.NaturalPerson, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 10), RequestOutcome.UnavailableNotHeld),
        new(ApplicantType.CommercialEnterprise, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 10), RequestOutcome.NotHandledRepeated),
        new(ApplicantType.CommercialEnterprise, new DateOnly(2026, 12, 28), null, null),
    ]));

    internal static Dictionary<string, decimal?> AllEntered() =>
        ActiveDisclosureTable.EnteredCells.ToDictionary(c => c.Key, c => (decimal?)(c.IsAmount ? 1.5m : 3m));

    internal static AnnualReportText Text(string? requests = null, string? problems = null) => new(
        "主动公开各类政府信息。",
        requests ?? "全年收到政府信息公开申请5件，办结5件。",
        "落实保密审查。",
        "门户网站运行正常。",
        "纳入考核。",
        problems ?? "栏目更新不够及时，下一步建立提醒机制。",
        null,
        0m,
        null);

    private static ReportFacts Facts(RequestTable? t3 = null, AppealTable? t4 = null, AnnualReportText? text = null, ActiveDisclosureTable? t2 = null) =>
        new(t2 ?? ActiveDisclosureTable.Empty().WithEntered(AllEntered()), t3 ?? Balanced(), t4 ?? AppealTable.Empty(), text ?? Text());

    private static IReadOnlyList<ReportCheck> Run(ReportFacts facts, PreviousReportFacts? previous = null) => AnnualReportChecks.Run(facts, previous);

    [Fact]
    public void Run_BalancedReport_HasNoProblems()
    {
        Assert.Empty(Run(Facts()));
    }

    [Fact]
    public void Run_TextSaysSixNewApplicationsButTableFive_NamesSectionAndBothFigures()
    {
        var checks = Run(Facts(text: Text(requests: "本年度收到政府信息公开申请6件。")));

        var check = Assert.Single(checks);
        Assert.Equal("text.figure", check.Code);
        Assert.Equal(CheckSeverity.Error, check.Severity);
        Assert.Equal("一、总体情况", check.Cell);
        Assert.Contains("收到政府信息公开申请6件", check.Message, StringComparison.Ordinal);
        Assert.Contains("本年新收申请为 5 件", check.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("新收政府信息公开申请 5 件")]
    [InlineData("收到申请五件")]
    [InlineData("收到政府信息公开申请共5件，收到行政复议申请0件")]
    [InlineData("办结5件")]
    [InlineData("上年结转1件")]
    [InlineData("结转下年度继续办理1件")]
    [InlineData("被申请行政复议0件，行政诉讼0起")]
    public void Run_TextFiguresThatMatchTheTables_Pass(string sentence)
    {
        Assert.Empty(Run(Facts(text: Text(requests: sentence))));
    }

    [Theory]
    [InlineData("办结4件", "办结申请为 5 件")]
    [InlineData("上年结转2件", "上年结转申请为 1 件")]
    [InlineData("结转下年2件", "结转下年申请为 1 件")]
    [InlineData("行政复议1件", "行政复议为 0 件")]
    [InlineData("行政诉讼十二件", "行政诉讼为 0 件")]
    public void Run_TextFigureContradictingTheTables_IsAnError(string sentence, string expected)
    {
        var check = Assert.Single(Run(Facts(text: Text(requests: sentence))));
        Assert.Contains(expected, check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FigureInProblemsSection_IsCheckedToo()
    {
        var check = Assert.Single(Run(Facts(text: Text(problems: "全年新收申请7件，答复质量有待提高。"))));
        Assert.Equal("五、存在的主要问题及改进情况", check.Cell);
    }

    [Fact]
    public void Run_TotalColumnThatDoesNotAddUp_NamesTheRow()
    {
        var table = Balanced().With("new", RequestTable.TotalColumn, 6);

        var checks = Run(Facts(t3: table, text: Text(requests: "依申请公开工作平稳。")));

        Assert.Contains(checks, c => c.Code == "table3.total-column" && c.Message.Contains("一、本年新收政府信息公开申请数量", StringComparison.Ordinal)
            && c.Message.Contains("总计（6）", StringComparison.Ordinal) && c.Message.Contains("之和（5）", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ColumnWhereNewPlusCarriedDiffersFromResultsPlusForward_NamesTheColumn()
    {
        // One more natural person's application received, nothing else changed: 一 + 二 no longer equals 三（七）+ 四.
        var table = Balanced().With("new", 0, Balanced().New(0) + 1).With("new", RequestTable.TotalColumn, Balanced().New(RequestTable.TotalColumn) + 1);

        var checks = Run(Facts(t3: table, text: Text(requests: "依申请公开工作平稳。")));

        Assert.Equal(2, checks.Count);
        Assert.Contains(checks, c => c.Code == "table3.balance" && c.Cell == "表三 总计列");
        var check = checks.Single(c => c.Cell == "表三 自然人列");
        Assert.Equal("table3.balance", check.Code);
        Assert.Contains("一（4）+ 二（1）= 5", check.Message, StringComparison.Ordinal);
        Assert.Contains("三（七）总计（4）+ 四 结转下年（0）= 4", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ResultsTotalNotTheSumOfOutcomeRows_IsAnError()
    {
        var disclosed = "o" + (int)RequestOutcome.Disclosed;
        var table = Balanced().With(disclosed, 0, Balanced()[disclosed, 0] + 1).With(disclosed, RequestTable.TotalColumn, Balanced()[disclosed, RequestTable.TotalColumn] + 1);

        var checks = Run(Facts(t3: table));

        Assert.Contains(checks, c => c.Code == "table3.results" && c.Cell == "表三 自然人列 三（七）总计");
        Assert.Contains(checks, c => c.Code == "table3.results" && c.Cell == "表三 总计列 三（七）总计");
    }

    [Fact]
    public void Run_AppealGroupTotalNotTheSumOfItsOutcomes_IsAnError()
    {
        var table = AppealTable.Empty().With(AppealKind.DirectLitigation, 0, 1);

        var check = Assert.Single(Run(Facts(t4: table)));

        Assert.Equal("table4.total", check.Code);
        Assert.Contains("行政诉讼（未经复议直接起诉）：总计（0）不等于", check.Message, StringComparison.Ordinal);
        Assert.Contains("之和（1）", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AppealTableFromCases_Balances()
    {
        var upheld = new AppealCase(1, AppealKind.Reconsideration, new DateOnly(2026, 3, 1), null, null, null);
        upheld.Decide(AppealOutcome.Upheld, new DateOnly(2026, 5, 1));
        var decidedNextYear = new AppealCase(1, AppealKind.Reconsideration, new DateOnly(2026, 11, 1), null, null, null);
        decidedNextYear.Decide(AppealOutcome.Corrected, new DateOnly(2027, 1, 5));
        var lastYear = new AppealCase(1, AppealKind.LitigationAfterReconsideration, new DateOnly(2025, 3, 1), null, null, null);
        var table = AppealTable.From(2026, [upheld, decidedNextYear, lastYear]);

        Assert.Equal(1, table[AppealKind.Reconsideration, 0]);
        Assert.Equal(0, table[AppealKind.Reconsideration, 1]);
        Assert.Equal(1, table[AppealKind.Reconsideration, 3]);
        Assert.Equal(2, table.Total(AppealKind.Reconsideration));
        Assert.Equal(0, table.Total(AppealKind.LitigationAfterReconsideration));
        Assert.Empty(Run(Facts(t4: table, text: Text(requests: "被申请行政复议2件。"))));
    }

    [Fact]
    public void Run_CarriedOverDiffersFromLastYearsCarriedForward_IsAnErrorPerColumn()
    {
        var last = RequestTable.Empty().With("forward", 0, 2).With("forward", RequestTable.TotalColumn, 2);
        var previous = new PreviousReportFacts(2025, last, "完全不同的去年文字甲乙丙丁", "去年的问题戊己庚辛");

        var checks = Run(Facts(), previous);

        Assert.Contains(checks, c => c.Code == "table3.carried-over" && c.Cell == "表三 自然人列 二" && c.Message.Contains("（1）与 2025 年年报的“结转下年度继续办理”（2）", StringComparison.Ordinal));
        Assert.Contains(checks, c => c.Code == "table3.carried-over" && c.Cell == "表三 总计列 二");
        Assert.Equal(2, checks.Count);
    }

    [Fact]
    public void Run_CarriedOverMatchingLastYear_Passes()
    {
        var last = RequestTable.Empty().With("forward", 0, 1).With("forward", RequestTable.TotalColumn, 1);

        Assert.Empty(Run(Facts(), new PreviousReportFacts(2025, last, "去年的文字完全不同甲乙丙", "去年问题丁戊己")));
    }

    [Fact]
    public void Run_SectionsCopiedFromLastYear_WarnWithoutBlocking()
    {
        var text = Text();
        var previous = new PreviousReportFacts(2025, RequestTable.Empty().With("forward", 0, 1).With("forward", RequestTable.TotalColumn, 1),
            text.OverviewText, text.Problems!);

        var checks = Run(Facts(text: text), previous);

        Assert.Equal(2, checks.Count);
        Assert.All(checks, c => Assert.Equal(CheckSeverity.Warning, c.Severity));
        Assert.Contains(checks, c => c.Cell == "一、总体情况" && c.Message.Contains("100%", StringComparison.Ordinal));
        Assert.Contains(checks, c => c.Cell == "五、存在的主要问题及改进情况");
        Assert.False(AnnualReportChecks.HasErrors(checks));
    }

    [Fact]
    public void Run_MissingEnteredCellAndText_AreErrorsNamingThem()
    {
        var entered = AllEntered();
        entered["permit"] = null;
        var text = Text() with { OverviewPlatform = " " };

        var checks = Run(Facts(t2: ActiveDisclosureTable.Empty().WithEntered(entered), text: text));

        Assert.Contains(checks, c => c.Code == "table2.missing" && c.Message == "表二 第二十条第（五）项 行政许可 本年处理决定数量未填写（没有的填 0）。");
        Assert.Contains(checks, c => c.Code == "text.required" && c.Cell == "一、总体情况（四）平台建设");
        Assert.Equal(2, checks.Count);
    }

    [Theory]
    [InlineData("abcdefghij", "abcdefghij", 1.0)]
    [InlineData("abcd", "wxyz", 0.0)]
    [InlineData("", "abc", 0.0)]
    [InlineData("abcx", "abcd", 2.0 * 2 / 6)]
    [InlineData("ab cd", "abcd", 1.0)]
    public void Similarity_Ratio_IsDiceOfBigrams(string a, string b, double expected)
    {
        Assert.Equal(expected, TextSimilarity.Ratio(a, b), 3);
    }

    [Fact]
    public void Similarity_JustOverThreshold_Warns_JustUnder_DoesNot()
    {
        var last = new string('甲', 1) + "一二三四五六七八九十";
        Assert.True(TextSimilarity.Ratio(last, last) > AnnualReportChecks.SimilarityThreshold);
        Assert.True(TextSimilarity.Ratio("一二三四五六七八九十", "一二三四五子丑寅卯辰") < AnnualReportChecks.SimilarityThreshold);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("两", 2)]
    [InlineData("一百零五", 105)]
    [InlineData("三百二十一", 321)]
    [InlineData("零", 0)]
    public void ParseNumber_ArabicAndChinese(string text, int expected)
    {
        Assert.Equal(expected, ReportTextFigures.ParseNumber(text));
    }

    [Fact]
    public void Find_ApplicationForReconsideration_IsNotCountedAsNewApplication()
    {
        var found = Assert.Single(ReportTextFigures.Find("收到行政复议申请3件"));
        Assert.Equal(TextFigureKind.Reconsideration, found.Kind);
        Assert.Equal(3, found.Value);
    }
}
