using System.Text.RegularExpressions;

namespace ZezhouDisclosure.Domain.AnnualReports;

/// <summary>An error blocks submission, approval and publication; a warning (雷同) is shown but does not block.</summary>
public enum CheckSeverity
{
    Error = 0,
    Warning = 1,
}

/// <summary>One cross-check that failed: which cell or section, and a Chinese message naming it.</summary>
public sealed record ReportCheck(string Code, CheckSeverity Severity, string Cell, string Message);

/// <summary>What a report is checked on: its tables and texts.</summary>
public sealed record ReportFacts(
    ActiveDisclosureTable Table2,
    RequestTable Table3,
    AppealTable Table4,
    AnnualReportText Text);

/// <summary>Last year's published report of the same unit, when there is one.</summary>
public sealed record PreviousReportFacts(int Year, RequestTable Table3, string OverviewText, string ProblemsText);

/// <summary>
/// The evaluators' cross-checks of an annual report (国办公开办函〔2021〕30号 and the 第三方评估 practice): the tables
/// balance, the texts agree with the tables, this year's 上年结转 is last year's 结转下年, and the text is not copied from
/// last year.
/// </summary>
public static partial class AnnualReportChecks
{
    /// <summary>Sections 一 or 五 more similar than this to last year's are flagged 雷同.</summary>
    public const double SimilarityThreshold = 0.7;

    public static IReadOnlyList<ReportCheck> Run(ReportFacts facts, PreviousReportFacts? previous)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var problems = new List<ReportCheck>();
        RequiredTexts(facts.Text, problems);
        EnteredCells(facts.Table2, problems);
        Table3(facts.Table3, problems);
        Table4(facts.Table4, problems);
        if (previous is not null)
        {
            CarriedOver(facts.Table3, previous, problems);
            Similarity(facts.Text, previous, problems);
        }

        TextFigures(facts, problems);
        return problems;
    }

    public static bool HasErrors(IEnumerable<ReportCheck> checks) => checks.Any(c => c.Severity == CheckSeverity.Error);

    private static void RequiredTexts(AnnualReportText text, List<ReportCheck> problems)
    {
        foreach (var (name, value) in text.OverviewSections.Append(("五、存在的主要问题及改进情况", text.Problems)))
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new("text.required", CheckSeverity.Error, name, $"{name}未填写。"));
            }
        }
    }

    private static void EnteredCells(ActiveDisclosureTable table, List<ReportCheck> problems)
    {
        foreach (var cell in ActiveDisclosureTable.EnteredCells.Where(c => table[c.Key] is null))
        {
            problems.Add(new("table2.missing", CheckSeverity.Error, cell.Name, $"{cell.Name}未填写（没有的填 0）。"));
        }
    }

    private static void Table3(RequestTable t, List<ReportCheck> problems)
    {
        for (var c = 0; c < RequestTable.Columns; c++)
        {
            var column = RequestTable.ColumnLabels[c];
            var left = t.New(c) + t.CarriedOver(c);
            var right = t.ResultsTotal(c) + t.CarriedForward(c);
            if (left != right)
            {
                problems.Add(new("table3.balance", CheckSeverity.Error, $"表三 {column}列",
                    $"表三 {column}列：一（{t.New(c)}）+ 二（{t.CarriedOver(c)}）= {left}，不等于 三（七）总计（{t.ResultsTotal(c)}）+ 四 结转下年（{t.CarriedForward(c)}）= {right}。"));
            }

            var outcomes = RequestTableRow.All.Where(r => r.Outcome is not null).Sum(r => t[r.Key, c]);
            if (outcomes != t.ResultsTotal(c))
            {
                problems.Add(new("table3.results", CheckSeverity.Error, $"表三 {column}列 三（七）总计",
                    $"表三 {column}列：三（七）总计（{t.ResultsTotal(c)}）不等于（一）至（六）各项之和（{outcomes}）。"));
            }
        }

        foreach (var row in RequestTableRow.All)
        {
            var sum = 0;
            for (var c = 0; c < RequestTable.TotalColumn; c++)
            {
                sum += t[row.Key, c];
            }

            if (sum != t[row.Key, RequestTable.TotalColumn])
            {
                problems.Add(new("table3.total-column", CheckSeverity.Error, $"表三 {row.Label} 总计",
                    $"表三“{row.Label}”行：总计（{t[row.Key, RequestTable.TotalColumn]}）不等于自然人与法人或其他组织各列之和（{sum}）。"));
            }
        }
    }

    private static void Table4(AppealTable t, List<ReportCheck> problems)
    {
        foreach (var kind in Enum.GetValues<AppealKind>())
        {
            var sum = 0;
            for (var c = 0; c < AppealTable.TotalColumn; c++)
            {
                sum += t[kind, c];
            }

            if (sum != t.Total(kind))
            {
                problems.Add(new("table4.total", CheckSeverity.Error, $"表四 {AppealLabels.Of(kind)} 总计",
                    $"表四 {AppealLabels.Of(kind)}：总计（{t.Total(kind)}）不等于结果维持、结果纠正、其他结果、尚未审结之和（{sum}）。"));
            }
        }
    }

    private static void CarriedOver(RequestTable t, PreviousReportFacts previous, List<ReportCheck> problems)
    {
        for (var c = 0; c < RequestTable.Columns; c++)
        {
            if (t.CarriedOver(c) != previous.Table3.CarriedForward(c))
            {
                var column = RequestTable.ColumnLabels[c];
                problems.Add(new("table3.carried-over", CheckSeverity.Error, $"表三 {column}列 二",
                    $"表三 {column}列：本年“上年结转”（{t.CarriedOver(c)}）与 {previous.Year} 年年报的“结转下年度继续办理”（{previous.Table3.CarriedForward(c)}）不一致。"));
            }
        }
    }

    private static void Similarity(AnnualReportText text, PreviousReportFacts previous, List<ReportCheck> problems)
    {
        void Compare(string section, string current, string last)
        {
            var ratio = TextSimilarity.Ratio(current, last);
            if (ratio > SimilarityThreshold)
            {
                problems.Add(new("text.similar", CheckSeverity.Warning, section,
                    $"{section}与 {previous.Year} 年年报的相似度为 {(ratio * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture)}%，超过 70%，请避免照搬上年内容（雷同）。"));
            }
        }

        Compare("一、总体情况", text.OverviewText, previous.OverviewText);
        Compare("五、存在的主要问题及改进情况", text.Problems ?? "", previous.ProblemsText);
    }

    private static void TextFigures(ReportFacts facts, List<ReportCheck> problems)
    {
        var t3 = facts.Table3;
        var t4 = facts.Table4;
        var total = RequestTable.TotalColumn;
        var sections = new[] { ("一、总体情况", facts.Text.OverviewText), ("五、存在的主要问题及改进情况", facts.Text.Problems ?? "") };
        foreach (var (section, text) in sections)
        {
            foreach (var mention in ReportTextFigures.Find(text))
            {
                var (label, expected) = mention.Kind switch
                {
                    TextFigureKind.NewApplications => ("本年新收申请", t3.New(total)),
                    TextFigureKind.CarriedOver => ("上年结转申请", t3.CarriedOver(total)),
                    TextFigureKind.Closed => ("办结申请", t3.ResultsTotal(total)),
                    TextFigureKind.CarriedForward => ("结转下年申请", t3.CarriedForward(total)),
                    TextFigureKind.Reconsideration => ("行政复议", t4.Total(AppealKind.Reconsideration)),
                    _ => ("行政诉讼", t4.Total(AppealKind.DirectLitigation) + t4.Total(AppealKind.LitigationAfterReconsideration)),
                };
                if (mention.Value != expected)
                {
                    problems.Add(new("text.figure", CheckSeverity.Error, section,
                        $"{section}中写“{mention.Phrase}”，但表格中{label}为 {expected} 件，请核对文字或表格。"));
                }
            }
        }
    }
}

/// <summary>The figures a report's text states that the tables also hold.</summary>
public enum TextFigureKind
{
    NewApplications = 1,
    CarriedOver = 2,
    Closed = 3,
    CarriedForward = 4,
    Reconsideration = 5,
    Litigation = 6,
}

/// <summary>A figure found in the text: what it counts, its value, and the phrase as written.</summary>
public sealed record TextFigure(TextFigureKind Kind, int Value, string Phrase);

/// <summary>Finds “收到政府信息公开申请 6 件”, “结转下年度 2 件”, “行政复议 1 件” … in Arabic or Chinese numerals.</summary>
public static partial class ReportTextFigures
{
    private const string Number = @"(?<n>\d+|[〇零一二两三四五六七八九十百]+)";

    // Within one clause (no 。；，): a key phrase, up to 14 other characters, the number, 件.
    [GeneratedRegex(@"(?<key>行政复议|行政诉讼|上年结转|结转下年|新收|收到|办结)(?<mid>[^。；;，,！!？?\d〇零一二两三四五六七八九十百]{0,14})" + Number + @"\s*(?:件|起|宗)")]
    private static partial Regex Pattern();

    public static IReadOnlyList<TextFigure> Find(string? text)
    {
        var found = new List<TextFigure>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        foreach (Match m in Pattern().Matches(text))
        {
            var key = m.Groups["key"].Value;
            var mid = m.Groups["mid"].Value;
            TextFigureKind? kind = key switch
            {
                "行政复议" => TextFigureKind.Reconsideration,
                "行政诉讼" => TextFigureKind.Litigation,
                "上年结转" => TextFigureKind.CarriedOver,
                "结转下年" => TextFigureKind.CarriedForward,
                "办结" => TextFigureKind.Closed,
                // 新收 / 收到: “收到行政复议申请” counts appeals, “收到…申请” applications for information.
                _ when mid.Contains("复议", StringComparison.Ordinal) => TextFigureKind.Reconsideration,
                _ when mid.Contains("诉讼", StringComparison.Ordinal) => TextFigureKind.Litigation,
                _ => mid.Contains("申请", StringComparison.Ordinal) ? TextFigureKind.NewApplications : null,
            };
            if (kind is { } k && ParseNumber(m.Groups["n"].Value) is { } value)
            {
                found.Add(new TextFigure(k, value, m.Value));
            }
        }

        return found;
    }

    /// <summary>An Arabic number, or a Chinese one up to 九百九十九 (十二, 二十, 一百零五); null when it is neither.</summary>
    public static int? ParseNumber(string text)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic))
        {
            return arabic;
        }

        var total = 0;
        var digit = -1;
        foreach (var ch in text)
        {
            var d = "〇一二三四五六七八九".IndexOf(ch, StringComparison.Ordinal);
            if (ch == '零')
            {
                d = 0;
            }
            else if (ch == '两')
            {
                d = 2;
            }

            if (d >= 0)
            {
                digit = d;
            }
            else if (ch == '十')
            {
                total += (digit < 0 ? 1 : digit) * 10;
                digit = -1;
            }
            else if (ch == '百')
            {
                total += (digit < 0 ? 1 : digit) * 100;
                digit = -1;
            }
            else
            {
                return null;
            }
        }

        return total + Math.Max(digit, 0);
    }
}

/// <summary>How alike two texts are: the Dice coefficient of their character bigrams, ignoring whitespace (0–1).</summary>
public static class TextSimilarity
{
    public static double Ratio(string? a, string? b)
    {
        var left = Bigrams(a);
        var right = Bigrams(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in right)
        {
            remaining[g] = remaining.GetValueOrDefault(g) + 1;
        }

        var shared = 0;
        foreach (var g in left)
        {
            if (remaining.TryGetValue(g, out var n) && n > 0)
            {
                remaining[g] = n - 1;
                shared++;
            }
        }

        return 2.0 * shared / (left.Count + right.Count);
    }

    private static List<string> Bigrams(string? text)
    {
        var chars = (text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray();
        var grams = new List<string>();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            grams.Add(new string(chars, i, 2));
        }

        return grams;
    }
}
