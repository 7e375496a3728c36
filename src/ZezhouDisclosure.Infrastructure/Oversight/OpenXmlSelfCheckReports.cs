using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Infrastructure.Oversight;

/// <summary>
/// The 月度自查报告 as an A4 Word document in the manner of GB/T 9704 (title 小标宋, body 仿宋, headings 黑体), from the
/// same <see cref="SelfCheckReport"/> as the HTML page: 单项否决, 扣分, 提示, then the month's statistics.
/// </summary>
public sealed class OpenXmlSelfCheckReports : ISelfCheckReportDocuments
{
    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";

    public byte[] WriteDocx(SelfCheckReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Creator = report.UnitName;
            var main = document.AddMainDocumentPart();
            var body = new Body();
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
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static string Chinese(int n) => n switch { 1 => "一", 2 => "二", 3 => "三", _ => n.ToString(CultureInfo.InvariantCulture) };

    private static string Day(DateTime utc) => ChinaTime.ToBeijing(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Paragraph Paragraph(string text, string font, int halfPoints, JustificationValues justification, bool indent = false)
    {
        var paragraphProperties = new ParagraphProperties(
            new SpacingBetweenLines { Line = "480", LineRule = LineSpacingRuleValues.Exact },
            new Justification { Val = justification });
        if (indent)
        {
            paragraphProperties.Append(new Indentation { FirstLineChars = 200 });
        }

        var runProperties = new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font },
            new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) },
            new Languages { EastAsia = "zh-CN" });
        return new Paragraph(paragraphProperties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table Table(IReadOnlyList<(string Label, string Value)> facts)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        foreach (var (label, value) in facts)
        {
            table.Append(new TableRow(
                new TableCell(new TableCellProperties(new TableCellWidth { Width = "3000", Type = TableWidthUnitValues.Pct }),
                    Paragraph(label, HeadingFont, 28, JustificationValues.Left)),
                new TableCell(Paragraph(value, BodyFont, 28, JustificationValues.Left))));
        }

        return table;
    }
}
