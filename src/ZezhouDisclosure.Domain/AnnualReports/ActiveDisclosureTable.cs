using System.Globalization;

namespace ZezhouDisclosure.Domain.AnnualReports;

/// <summary>
/// One cell of table 二 主动公开政府信息情况: its section (第二十条第（x）项), row, column and whether the portal computes
/// it from documents (<see cref="IsComputed"/>) or the clerk enters it. <see cref="IsAmount"/> cells hold 万元 with up
/// to two decimals; the others are counts.
/// </summary>
public sealed record ActiveDisclosureCell(string Key, string Section, string Row, string Column, bool IsComputed, bool IsAmount = false)
{
    public string Name => $"表二 {Section} {Row} {Column}";
}

/// <summary>Table 二's cells and values (national template of 国办公开办函〔2021〕30号).</summary>
public sealed class ActiveDisclosureTable
{
    public const string NormativeIssued = "normative.issued";
    public const string NormativeRepealed = "normative.repealed";
    public const string NormativeInForce = "normative.in-force";

    public static IReadOnlyList<ActiveDisclosureCell> Cells { get; } =
    [
        new("regulation.issued", "第二十条第（一）项", "规章", "本年制发件数", false),
        new("regulation.repealed", "第二十条第（一）项", "规章", "本年废止件数", false),
        new("regulation.in-force", "第二十条第（一）项", "规章", "现行有效件数", false),
        new(NormativeIssued, "第二十条第（一）项", "行政规范性文件", "本年制发件数", true),
        new(NormativeRepealed, "第二十条第（一）项", "行政规范性文件", "本年废止件数", true),
        new(NormativeInForce, "第二十条第（一）项", "行政规范性文件", "现行有效件数", true),
        new("permit", "第二十条第（五）项", "行政许可", "本年处理决定数量", false),
        new("penalty", "第二十条第（六）项", "行政处罚", "本年处理决定数量", false),
        new("coercion", "第二十条第（六）项", "行政强制", "本年处理决定数量", false),
        new("fees", "第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）", false, IsAmount: true),
    ];

    public static IReadOnlyList<ActiveDisclosureCell> EnteredCells { get; } = [.. Cells.Where(c => !c.IsComputed)];

    public static ActiveDisclosureCell Cell(string key) => Cells.FirstOrDefault(c => c.Key == key)
        ?? throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown table 二 cell.");

    private readonly Dictionary<string, decimal> _values;

    private ActiveDisclosureTable(Dictionary<string, decimal> values) => _values = values;

    public static ActiveDisclosureTable Empty() => new(new Dictionary<string, decimal>(StringComparer.Ordinal));

    /// <summary>The value of a cell; null when an entered cell was not filled in yet.</summary>
    public decimal? this[string key] => _values.TryGetValue(key, out var v) ? v : null;

    /// <summary>A copy with the clerk's values for the entered cells (computed cells keep theirs).</summary>
    public ActiveDisclosureTable WithEntered(IReadOnlyDictionary<string, decimal?> entered)
    {
        ArgumentNullException.ThrowIfNull(entered);
        var copy = new Dictionary<string, decimal>(_values, StringComparer.Ordinal);
        foreach (var cell in EnteredCells)
        {
            copy.Remove(cell.Key);
            if (entered.TryGetValue(cell.Key, out var value) && value is { } v)
            {
                copy[cell.Key] = v;
            }
        }

        return new ActiveDisclosureTable(copy);
    }

    /// <summary>A copy with the computed 行政规范性文件 cells replaced.</summary>
    public ActiveDisclosureTable WithComputed(NormativeDocumentCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var copy = new Dictionary<string, decimal>(_values, StringComparer.Ordinal)
        {
            [NormativeIssued] = counts.Issued,
            [NormativeRepealed] = counts.Repealed,
            [NormativeInForce] = counts.InForce,
        };
        return new ActiveDisclosureTable(copy);
    }

    public string Serialise() => string.Join(';', Cells.Where(c => _values.ContainsKey(c.Key))
        .Select(c => c.Key + "=" + _values[c.Key].ToString(CultureInfo.InvariantCulture)));

    public static ActiveDisclosureTable Parse(string? stored)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var pair in (stored ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            if (parts.Length == 2 && Cells.Any(c => c.Key == parts[0])
                && decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
            {
                values[parts[0]] = v;
            }
        }

        return new ActiveDisclosureTable(values);
    }
}

/// <summary>One 行政规范性文件 as table 二 sees it: when it was made and when it stopped being in force.</summary>
/// <param name="IssuedOn">成文日期 (or the publication day when none was recorded).</param>
/// <param name="EndedOn">失效或废止日期 when the document is no longer valid; null while it is in force.</param>
public sealed record NormativeDocumentInput(DateOnly IssuedOn, DateOnly? EndedOn);

/// <summary>The computed 行政规范性文件 cells of table 二 for one unit and year.</summary>
public sealed record NormativeDocumentCounts(int Issued, int Repealed, int InForce)
{
    /// <summary>
    /// 本年制发: issued in the year; 本年废止: ended (废止 or 失效) in the year; 现行有效: issued by the year end and not
    /// ended by it.
    /// </summary>
    public static NormativeDocumentCounts Compute(int year, IEnumerable<NormativeDocumentInput> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var end = new DateOnly(year, 12, 31);
        int issued = 0, repealed = 0, inForce = 0;
        foreach (var d in documents)
        {
            if (d.IssuedOn.Year == year)
            {
                issued++;
            }

            if (d.EndedOn is { } ended && ended.Year == year)
            {
                repealed++;
            }

            if (d.IssuedOn <= end && (d.EndedOn is null || d.EndedOn > end))
            {
                inForce++;
            }
        }

        return new NormativeDocumentCounts(issued, repealed, inForce);
    }
}
