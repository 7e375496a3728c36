using System.Globalization;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Domain.AnnualReports;

/// <summary>One row of table 三 as the 2021 template prints it (no 小计 rows).</summary>
/// <param name="Key">Stable key used in storage: <c>new</c>, <c>carried</c>, <c>o{outcome}</c>, <c>total</c>, <c>forward</c>.</param>
/// <param name="Label">The row's wording in the template.</param>
/// <param name="Outcome">The 办理结果 of an outcome row; null for the other rows.</param>
public sealed record RequestTableRow(string Key, string Label, RequestOutcome? Outcome = null)
{
    /// <summary>The 25 rows in the template's order.</summary>
    public static IReadOnlyList<RequestTableRow> All { get; } =
    [
        new("new", "一、本年新收政府信息公开申请数量"),
        new("carried", "二、上年结转政府信息公开申请数量"),
        .. RequestOutcomes.All.Select(o => new RequestTableRow("o" + ((int)o).ToString(CultureInfo.InvariantCulture), RequestOutcomes.Label(o), o)),
        new("total", "三、本年度办理结果（七）总计"),
        new("forward", "四、结转下年度继续办理"),
    ];
}

/// <summary>
/// Table 三 收到和处理政府信息公开申请情况 as published: 25 rows × 7 columns (自然人, the five kinds of 法人或其他组织,
/// 总计). Built from the register's <see cref="RequestFigures"/> (a clerk never types over it), stored with the report so
/// the published table does not move when the register changes later.
/// </summary>
public sealed class RequestTable
{
    /// <summary>自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.</summary>
    public const int Columns = 7;

    /// <summary>Index of the 总计 column.</summary>
    public const int TotalColumn = 6;

    public static IReadOnlyList<string> ColumnLabels { get; } = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    private readonly Dictionary<string, int[]> _rows;

    private RequestTable(Dictionary<string, int[]> rows) => _rows = rows;

    public static RequestTable Empty() => new(RequestTableRow.All.ToDictionary(r => r.Key, _ => new int[Columns]));

    /// <summary>The register's figures, with 总计 the sum of the applicant columns.</summary>
    public static RequestTable From(RequestFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var table = Empty();
        void Fill(string key, ApplicantCounts counts)
        {
            var row = table._rows[key];
            foreach (var type in Enum.GetValues<ApplicantType>())
            {
                row[(int)type - 1] = counts[type];
            }

            row[TotalColumn] = counts.Total;
        }

        Fill("new", figures.NewThisYear);
        Fill("carried", figures.CarriedOver);
        foreach (var row in RequestTableRow.All.Where(r => r.Outcome is not null))
        {
            Fill(row.Key, figures.Results(row.Outcome!.Value));
        }

        Fill("total", figures.ResultsTotal);
        Fill("forward", figures.CarriedForward);
        return table;
    }

    public int this[string rowKey, int column] => _rows[rowKey][column];

    public int New(int column) => this["new", column];

    public int CarriedOver(int column) => this["carried", column];

    public int ResultsTotal(int column) => this["total", column];

    public int CarriedForward(int column) => this["forward", column];

    /// <summary>A copy with one cell changed (tests and imports; the report's own table comes from the register).</summary>
    public RequestTable With(string rowKey, int column, int value)
    {
        var copy = new RequestTable(_rows.ToDictionary(r => r.Key, r => (int[])r.Value.Clone()));
        copy._rows[rowKey][column] = value;
        return copy;
    }

    /// <summary>Storage form: one line per row in template order, seven comma-separated counts.</summary>
    public string Serialise() => string.Join(';', RequestTableRow.All.Select(r => string.Join(',', _rows[r.Key].Select(v => v.ToString(CultureInfo.InvariantCulture)))));

    /// <summary>Reads <see cref="Serialise"/>'s form; an empty or damaged value gives an empty table.</summary>
    public static RequestTable Parse(string? stored)
    {
        var table = Empty();
        var lines = (stored ?? "").Split(';');
        if (lines.Length != RequestTableRow.All.Count)
        {
            return table;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            for (var c = 0; c < Columns && c < cells.Length; c++)
            {
                table._rows[RequestTableRow.All[i].Key][c] = int.TryParse(cells[c], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
            }
        }

        return table;
    }
}
