using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using ZezhouDisclosure.Application.AnnualReports;
using ZezhouDisclosure.Domain.AnnualReports;
using static ZezhouDisclosure.Infrastructure.Documents.OfficialDocx;

namespace ZezhouDisclosure.Infrastructure.Documents;

/// <summary>
/// Writes an annual report as an A4 Word document in the template's layout (国办公开办函〔2021〕30号): title, sections 一
/// to 六, tables 二, 三 and 四 as bordered tables with the template's headings; fonts as the 告知书 (<see cref="OpenXmlNoticeDocuments"/>).
/// </summary>
public sealed class OpenXmlAnnualReportDocuments : IAnnualReportDocuments
{
    public byte[] WriteDocx(AnnualReportView report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return OfficialDocx.Write(report.Title, report.OfficialName, body =>
        {
            body.Append(Paragraph(report.Title, TitleFont, 44, JustificationValues.Center));
            if (report.CorrectionNote is { } note)
            {
                body.Append(Paragraph($"更正说明（第{report.Edition}版）：{note}", BodyFont, 28, JustificationValues.Left));
            }

            body.Append(Paragraph("一、总体情况", HeadingFont, 32, JustificationValues.Left));
            foreach (var (heading, text) in report.Text.OverviewSections)
            {
                body.Append(Paragraph(heading.Replace("一、总体情况", "", StringComparison.Ordinal), HeadingFont, 32, JustificationValues.Left));
                foreach (var line in Lines(text))
                {
                    body.Append(Paragraph(line, BodyFont, 32, JustificationValues.Both, indent: true));
                }
            }

            body.Append(Paragraph("二、主动公开政府信息情况", HeadingFont, 32, JustificationValues.Left));
            body.Append(Table2(report.Table2));
            body.Append(Paragraph("三、收到和处理政府信息公开申请情况", HeadingFont, 32, JustificationValues.Left));
            body.Append(Table3(report.Table3));
            if (report.Text.Table3Explanation is { } explanation)
            {
                body.Append(Paragraph("说明：" + explanation, BodyFont, 24, JustificationValues.Both));
            }

            body.Append(Paragraph("四、政府信息公开行政复议、行政诉讼情况", HeadingFont, 32, JustificationValues.Left));
            body.Append(Table4(report.Table4));
            body.Append(Paragraph("五、存在的主要问题及改进情况", HeadingFont, 32, JustificationValues.Left));
            foreach (var line in Lines(report.Text.Problems))
            {
                body.Append(Paragraph(line, BodyFont, 32, JustificationValues.Both, indent: true));
            }

            body.Append(Paragraph("六、其他需要报告的事项", HeadingFont, 32, JustificationValues.Left));
            body.Append(Paragraph(AnnualReportWording.Fees(report.Text.ProcessingFees), BodyFont, 32, JustificationValues.Both, indent: true));
            foreach (var line in Lines(report.Text.OtherMatters))
            {
                body.Append(Paragraph(line, BodyFont, 32, JustificationValues.Both, indent: true));
            }

            body.Append(Paragraph(report.OfficialName, BodyFont, 32, JustificationValues.Right));
            if (report.PublishedAt is { } at)
            {
                body.Append(Paragraph(Domain.Common.ChinaTime.ToBeijing(at).ToString("yyyy年M月d日", CultureInfo.InvariantCulture), BodyFont, 32, JustificationValues.Right));
            }
        });
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Table Table2(ActiveDisclosureTable table)
    {
        var t = RuledTable();
        foreach (var group in ActiveDisclosureTable.Cells.GroupBy(c => c.Section))
        {
            var columns = group.Select(c => c.Column).Distinct().ToList();
            t.Append(Row(true, [$"{group.Key}", .. columns]));
            t.Append(Row(true, ["信息内容", .. columns]));
            foreach (var row in group.GroupBy(c => c.Row))
            {
                t.Append(Row(false, [row.Key, .. columns.Select(col => AnnualReportWording.Value(row.FirstOrDefault(c => c.Column == col), table))]));
            }
        }

        return t;
    }

    private static Table Table3(RequestTable table)
    {
        var t = RuledTable();
        t.Append(Row(true, ["本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", "申请人情况", "", "", "", "", "", ""]));
        t.Append(Row(true, ["", "自然人", "法人或其他组织：商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]));
        foreach (var row in RequestTableRow.All)
        {
            t.Append(Row(false, [row.Label, .. Enumerable.Range(0, RequestTable.Columns).Select(c => table[row.Key, c].ToString(CultureInfo.InvariantCulture))]));
        }

        return t;
    }

    private static Table Table4(AppealTable table)
    {
        var t = RuledTable();
        t.Append(Row(true, ["行政复议", "", "", "", "", "行政诉讼：未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]));
        t.Append(Row(true, [.. Enumerable.Range(0, 3).SelectMany(_ => AppealTable.ColumnLabels)]));
        t.Append(Row(false, [.. Enum.GetValues<AppealKind>().SelectMany(k => Enumerable.Range(0, 5).Select(c => table[k, c].ToString(CultureInfo.InvariantCulture)))]));
        return t;
    }

    private static TableRow Row(bool header, IEnumerable<string> cells)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var text in cells)
        {
            row.Append(new TableCell(Paragraph(text, header ? HeadingFont : BodyFont, 18, JustificationValues.Center, line: null)));
        }

        return row;
    }
}
