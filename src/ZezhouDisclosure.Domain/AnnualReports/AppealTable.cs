using System.Globalization;

namespace ZezhouDisclosure.Domain.AnnualReports;

/// <summary>
/// Table 四 政府信息公开行政复议、行政诉讼情况: for 行政复议, 未经复议直接起诉 and 复议后起诉 each, 结果维持, 结果纠正, 其他结果,
/// 尚未审结 and 总计 (15 cells). Built from the unit's <see cref="AppealCase"/> register.
/// </summary>
public sealed class AppealTable
{
    /// <summary>The five columns of each group; the last is 总计.</summary>
    public static IReadOnlyList<string> ColumnLabels { get; } = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    public const int TotalColumn = 4;

    private readonly Dictionary<AppealKind, int[]> _groups;

    private AppealTable(Dictionary<AppealKind, int[]> groups) => _groups = groups;

    public static AppealTable Empty() => new(Enum.GetValues<AppealKind>().ToDictionary(k => k, _ => new int[5]));

    /// <summary>Cases filed in <paramref name="year"/>, by their outcome at the end of that year.</summary>
    public static AppealTable From(int year, IEnumerable<AppealCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var table = Empty();
        foreach (var c in cases.Where(c => c.FiledOn.Year == year))
        {
            var row = table._groups[c.Kind];
            var column = c.OutcomeAtEndOf(year) is { } outcome ? (int)outcome - 1 : 3;
            row[column]++;
            row[TotalColumn]++;
        }

        return table;
    }

    public int this[AppealKind kind, int column] => _groups[kind][column];

    public int Total(AppealKind kind) => this[kind, TotalColumn];

    public AppealTable With(AppealKind kind, int column, int value)
    {
        var copy = new AppealTable(_groups.ToDictionary(g => g.Key, g => (int[])g.Value.Clone()));
        copy._groups[kind][column] = value;
        return copy;
    }

    public string Serialise() => string.Join(';', Enum.GetValues<AppealKind>().Select(k => string.Join(',', _groups[k].Select(v => v.ToString(CultureInfo.InvariantCulture)))));

    public static AppealTable Parse(string? stored)
    {
        var table = Empty();
        var lines = (stored ?? "").Split(';');
        var kinds = Enum.GetValues<AppealKind>();
        if (lines.Length != kinds.Length)
        {
            return table;
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            var cells = lines[i].Split(',');
            for (var c = 0; c < 5 && c < cells.Length; c++)
            {
                table._groups[kinds[i]][c] = int.TryParse(cells[c], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
            }
        }

        return table;
    }
}
