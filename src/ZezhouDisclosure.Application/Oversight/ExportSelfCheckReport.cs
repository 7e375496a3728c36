using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>Writes a 月度自查报告 as .docx (GB/T 9704 manner), implemented in Infrastructure with Open XML.</summary>
public interface ISelfCheckReportDocuments
{
    byte[] WriteDocx(SelfCheckReport report);
}

public enum SelfCheckReportFormat
{
    Xlsx = 0,
    Docx = 1,
}

public sealed record SelfCheckReportFile(string FileName, string ContentType, byte[] Content);

/// <summary>The 月度自查报告 as a workbook (自查结果 and 统计 sheets) or a Word document, from the same report as the page.</summary>
public sealed record ExportSelfCheckReportQuery(int? OrganisationId, int Year, int Month, SelfCheckReportFormat Format) : IQuery<SelfCheckReportFile>;

public sealed class ExportSelfCheckReportValidator : AbstractValidator<ExportSelfCheckReportQuery>
{
    public ExportSelfCheckReportValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("年份无效。");
        RuleFor(x => x.Month).InclusiveBetween(1, 12).WithMessage("月份应在 1 至 12 之间。");
    }
}

public sealed class ExportSelfCheckReportHandler(
    IAppDbContext db, ICurrentUser currentUser, TimeProvider time, IEnumerable<Common.Oversight.ISelfCheckFigureSource> figureSources,
    ISpreadsheet spreadsheet, ISelfCheckReportDocuments documents)
    : IQueryHandler<ExportSelfCheckReportQuery, SelfCheckReportFile>
{
    public async ValueTask<SelfCheckReportFile> Handle(ExportSelfCheckReportQuery query, CancellationToken cancellationToken)
    {
        var report = await new GetSelfCheckReportHandler(db, currentUser, time, figureSources).Handle(new GetSelfCheckReportQuery(query.OrganisationId, query.Year, query.Month), cancellationToken);
        return Write(report, query.Format, spreadsheet, documents);
    }

    /// <summary>The report as a file: the live report and a stored one are written alike.</summary>
    public static SelfCheckReportFile Write(SelfCheckReport report, SelfCheckReportFormat format, ISpreadsheet spreadsheet, ISelfCheckReportDocuments documents) =>
        format == SelfCheckReportFormat.Docx
            ? new SelfCheckReportFile(report.Title + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", documents.WriteDocx(report))
            : new SelfCheckReportFile(report.Title + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", spreadsheet.Write(Sheets(report)));

    public static IReadOnlyList<Sheet> Sheets(SelfCheckReport report)
    {
        var findings = new List<IReadOnlyList<string?>>
        {
            new[] { report.Title },
            new[] { "结论", report.Conclusion },
            new[] { "存档", report.Archive ?? "未存档（按当前数据即时生成）" },
            new[] { "类别", "单位", "规则", "问题", "链接", "首次发现", "最近发现", "状态", "整改" },
        };
        foreach (var (label, rows) in new[] { ("单项否决", report.Vetoes), ("扣分", report.Deductions), ("提示", report.Notes) })
        {
            findings.AddRange(rows.Select(f => (IReadOnlyList<string?>)
            [
                label, f.OrganisationName, f.RuleName, f.Evidence, f.Link, Day(f.FirstSeenAt), Day(f.LastSeenAt),
                f.IsOpen ? "未关闭" : "已关闭 " + Day(f.ClosedAt!.Value), f.Rectification?.StatusLabel,
            ]));
        }

        var figures = new List<IReadOnlyList<string?>>
        {
            new[] { "分组", "指标", "数值" },
        };
        figures.AddRange(report.Published.Select(c => (IReadOnlyList<string?>)["本月发布", c.Column, Number(c.Items)]));
        figures.Add(["政策解读", "政策文件（件）", Number(report.PolicyDocuments)]);
        figures.Add(["政策解读", "已解读（件）", Number(report.PolicyDocumentsInterpreted)]);
        figures.Add(["依申请公开", "本月收到", Number(report.RequestsReceived)]);
        figures.Add(["依申请公开", "本月办结", Number(report.RequestsAnswered)]);
        figures.Add(["依申请公开", "当前超期", Number(report.RequestsOverdue)]);
        figures.AddRange(report.Figures.Select(f => (IReadOnlyList<string?>)[f.Group, f.Label, f.Value.ToString("0.##", CultureInfo.InvariantCulture) + f.Unit]));
        return [new Sheet("自查结果", findings), new Sheet("统计", figures)];
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateTime utc) => ChinaTime.ToBeijing(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
