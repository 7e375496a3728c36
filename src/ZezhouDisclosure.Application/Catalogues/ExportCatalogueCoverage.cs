using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// The coverage dashboard as xlsx, with exactly the filters (and so the rows) the page shows: a 汇总 sheet with one
/// row per township and a 明细 sheet with one row per catalogue row. Scoped like the dashboard: a township clerk
/// exports only their own township.
/// </summary>
public sealed record ExportCatalogueCoverageQuery(GetCatalogueCoverageQuery Filter) : IQuery<(string FileName, byte[] Content)>;

public sealed class ExportCatalogueCoverageHandler(IAppDbContext db, ICurrentUser currentUser, ISpreadsheet spreadsheet)
    : IQueryHandler<ExportCatalogueCoverageQuery, (string FileName, byte[] Content)>
{
    public static readonly IReadOnlyList<string?> SummaryHeader =
        ["乡镇", "版本", "事项", "已有发布", "从未发布", "最近一次超期", "未归入事项的信息"];

    public static readonly IReadOnlyList<string?> DetailHeader =
        ["乡镇", "序号", "领域", "一级事项", "二级事项", "公开时限", "计算规则", "已发布", "最近发布", "应公开日期", "时效"];

    public async ValueTask<(string FileName, byte[] Content)> Handle(ExportCatalogueCoverageQuery query, CancellationToken cancellationToken)
    {
        var coverage = await new GetCatalogueCoverageHandler(db, currentUser).Handle(query.Filter, cancellationToken);
        static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        static string? D(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var summary = coverage.Select(t => (IReadOnlyList<string?>)
            [t.OrganisationName, $"第{t.VersionNumber}版", N(t.Items.Count), N(t.Covered), N(t.NeverPublished), N(t.Late), N(t.UnfiledDocuments)]);
        var details = coverage.SelectMany(t => t.Items.Select(i => (IReadOnlyList<string?>)
            [t.OrganisationName, N(i.Number), i.AreaName, i.Level1, i.Level2, i.TimeLimit, i.Rule, N(i.PublishedCount),
                D(i.LatestPublishedOn), D(i.DueDate), ItemCoverage.Label(i.Status)]));
        var content = spreadsheet.Write(
        [
            new Sheet("汇总", [SummaryHeader, .. summary]),
            new Sheet("明细", [DetailHeader, .. details]),
        ]);
        return ("标准目录公开情况.xlsx", content);
    }
}
