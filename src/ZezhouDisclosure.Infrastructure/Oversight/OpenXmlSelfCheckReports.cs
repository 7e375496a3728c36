using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Infrastructure.Documents;
using static ZezhouDisclosure.Infrastructure.Documents.OfficialDocx;

namespace ZezhouDisclosure.Infrastructure.Oversight;

/// <summary>
/// The 月度自查报告 as an A4 Word document in the manner of GB/T 9704 (title 小标宋, body 仿宋, headings 黑体), from the
/// same <see cref="SelfCheckReport"/> as the HTML page: 单项否决, 扣分, 提示, then the month's statistics.
/// </summary>
public sealed class OpenXmlSelfCheckReports : ISelfCheckReportDocuments
{
    // The self-check report is set a little tighter than a 公文 (24 pt lines) to keep long finding lists short.
    private const int ReportLine = 480;

    public byte[] WriteDocx(SelfCheckReport report)
    {
        return OfficialDocx.Write(report.Title, report.UnitName, body =>
        {
            body.Append(Paragraph(report.Title, TitleFont, 40, JustificationValues.Center));
            body.Append(Paragraph($"自查结论：{report.Conclusion}。", BodyFont, 32, JustificationValues.Both, indent: true));
            var number = 0;
            foreach (var (heading, rows) in new[] { ("单项否决问题", report.Vetoes), ("扣分问题", report.Deductions), ("提示事项", report.Notes) })
            {
                number++;
                body.Append(Paragraph($"{Chinese(number)}、{heading}（{rows.Count} 项）", HeadingFont, 32, JustificationValues.Left));
                if (rows.Count == 0)
                {
                    body.Append(Paragraph("无。", BodyFont, 32, JustificationValues.Left, indent: true));
                }

                var item = 0;
                foreach (var f in rows)
                {
                    item++;
                    var state = f.IsOpen ? "未关闭" : $"已于 {Day(f.ClosedAt!.Value)} 关闭";
                    var rectification = f.Rectification is { } r ? $"；整改：{r.StatusLabel}，期限 {r.DueOn:yyyy-MM-dd}" : "";
                    body.Append(Paragraph(
                        $"{item}. {(report.OrganisationId is null ? f.OrganisationName + "：" : "")}{f.RuleName}。{f.Evidence}（首次发现 {Day(f.FirstSeenAt)}，{state}{rectification}）",
                        BodyFont, 28, JustificationValues.Both, indent: true));
                }
            }

            body.Append(Paragraph("四、本月统计", HeadingFont, 32, JustificationValues.Left));
            var facts = new List<(string, string)>();
            facts.AddRange(report.Published.Select(c => ($"发布：{c.Column}", c.Items.ToString(CultureInfo.InvariantCulture))));
            facts.Add(("政策文件解读率", report.InterpretationRatio));
            facts.Add(("依申请公开：本月收到", report.RequestsReceived.ToString(CultureInfo.InvariantCulture)));
            facts.Add(("依申请公开：本月办结", report.RequestsAnswered.ToString(CultureInfo.InvariantCulture)));
            facts.Add(("依申请公开：当前超期", report.RequestsOverdue.ToString(CultureInfo.InvariantCulture)));
            facts.AddRange(report.Figures.Select(f => ($"{f.Group}：{f.Label}", f.Value.ToString("0.##", CultureInfo.InvariantCulture) + f.Unit)));
            body.Append(Table(facts));
            body.Append(Paragraph($"生成时间：{ChinaTime.ToBeijing(report.GeneratedAt):yyyy年M月d日 HH:mm}", BodyFont, 28, JustificationValues.Right));
            if (report.Archive is { } archive)
            {
                body.Append(Paragraph($"存档：{archive}", BodyFont, 28, JustificationValues.Right));
            }
        });
    }

    private static string Chinese(int n) => n switch { 1 => "一", 2 => "二", 3 => "三", _ => n.ToString(CultureInfo.InvariantCulture) };

    private static string Day(DateTime utc) => ChinaTime.ToBeijing(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Paragraph Paragraph(string text, string font, int halfPoints, JustificationValues justification, bool indent = false) =>
        OfficialDocx.Paragraph(text, font, halfPoints, justification, indent, line: ReportLine);

    private static Table Table(IReadOnlyList<(string Label, string Value)> facts) =>
        LabelValueTable(facts, labelWidth: 3000, line: ReportLine);
}
