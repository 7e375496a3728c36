using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

public sealed record AssessmentFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>The ranked table as .xlsx: 考核结果 (rank, unit, total, points per indicator), 指标 (the rules), 明细 (counted items and notes).</summary>
public sealed record ExportAssessmentQuery(int Id) : IQuery<AssessmentFile>;

public sealed class ExportAssessmentHandler(IAppDbContext db, ICurrentUser currentUser, ISpreadsheet spreadsheet) : IQueryHandler<ExportAssessmentQuery, AssessmentFile>
{
    public async ValueTask<AssessmentFile> Handle(ExportAssessmentQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.ViewCountyWide, "只有县政务公开办可以导出年度考核。");
        var a = await AssessmentStore.LoadAsync(db, query.Id, null, cancellationToken);
        var ranking = a.Ranking();
        var header = new List<string?> { "排名", "单位", "总分" };
        header.AddRange(a.Indicators.Select(i => $"{i.Code} {i.Name}（{(i.Scoring == AssessmentScoring.Bonus ? $"加分≤{N(i.Cap ?? 0)}" : N(i.Weight))}）"));
        var results = new List<IReadOnlyList<string?>> { header };
        foreach (var row in ranking)
        {
            var cells = new List<string?> { N(row.Rank), row.UnitName, N(row.Total) };
            cells.AddRange(a.Indicators.Select(i => row.Scores.FirstOrDefault(s => s.IndicatorCode == i.Code) is { } s ? N(s.Points) : ""));
            results.Add(cells);
        }

        var indicators = new List<IReadOnlyList<string?>> { new[] { "编号", "指标", "计分依据", "监测规则", "计分方法", "分值", "规则" } };
        indicators.AddRange(a.Indicators.Select(i => new[]
        {
            i.Code, i.Name, AssessmentLabels.Measure(i.Measure), i.CheckCodes ?? "", AssessmentLabels.Scoring(i.Scoring), N(i.Weight), AssessmentLabels.Rule(i),
        }));
        var details = new List<IReadOnlyList<string?>> { new[] { "单位", "指标", "计数", "总数", "得分", "说明" } };
        details.AddRange(ranking.SelectMany(r => r.Scores.Select(s => new[] { r.UnitName, s.IndicatorCode, N(s.Counted), N(s.Total), N(s.Points), s.Note ?? "" })));
        var status = AssessmentLabels.Status(a.Status);
        var content = spreadsheet.Write([new Sheet("考核结果", results), new Sheet("指标", indicators), new Sheet("明细", details)]);
        return new AssessmentFile($"{a.Year}年度政务公开考核-第{a.Number}版-{status}.xlsx", content);
    }

    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
