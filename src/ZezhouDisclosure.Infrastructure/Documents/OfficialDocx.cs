using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ZezhouDisclosure.Infrastructure.Documents;

/// <summary>
/// The building blocks every Word document of the portal shares, in the manner of GB/T 9704 (党政机关公文格式): A4 with the
/// standard margins, 小标宋 titles, 仿宋 body text, 黑体 headings, fixed line spacing, first-line indent of two
/// characters, and single-ruled tables. Used by the 告知书, the 年度报告 and the 月度自查报告 writers.
/// </summary>
internal static class OfficialDocx
{
    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";
    public const string HeadingFont = "黑体";

    /// <summary>Fixed line spacing of 28 pt (560 twentieths of a point), the usual 公文 setting.</summary>
    public const int StandardLine = 560;

    /// <summary>Creates a document with its title and author, lets <paramref name="compose"/> fill the body, and closes it with an A4 section.</summary>
    public static byte[] Write(string title, string? creator, Action<Body> compose, int topMargin = 2098, int bottomMargin = 1984)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = title;
            if (creator is not null)
            {
                document.PackageProperties.Creator = creator;
            }

            var main = document.AddMainDocumentPart();
            var body = new Body();
            compose(body);
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = topMargin, Bottom = bottomMargin, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>One paragraph of one run; <paramref name="line"/> is the fixed line spacing in twentieths of a point, or null for the default.</summary>
    public static Paragraph Paragraph(
        string text, string font, int halfPoints, JustificationValues justification,
        bool indent = false, bool bold = false, int? line = StandardLine)
    {
        var properties = new ParagraphProperties();
        if (line is { } twips)
        {
            properties.Append(new SpacingBetweenLines { Line = twips.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact });
        }

        properties.Append(new Justification { Val = justification });
        if (indent)
        {
            properties.Append(new Indentation { FirstLineChars = 200 });
        }

        var run = new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font },
            new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) },
            new Languages { EastAsia = "zh-CN" });
        if (bold)
        {
            run.Append(new Bold());
        }

        return new Paragraph(properties, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>An empty full-width table ruled with single lines inside and out.</summary>
    public static Table RuledTable() => new(new TableProperties(
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
        new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));

    /// <summary>
    /// A two-column table of labels (黑体) and values (仿宋); <paramref name="labelWidth"/> is in fiftieths of a percent
    /// of the table's width, <paramref name="minimumRowHeight"/> leaves room to write by hand.
    /// </summary>
    public static Table LabelValueTable(
        IEnumerable<(string Label, string Value)> rows, int labelWidth, int? minimumRowHeight = null, int? line = StandardLine)
    {
        var table = RuledTable();
        foreach (var (label, value) in rows)
        {
            var row = new TableRow(
                new TableCell(new TableCellProperties(new TableCellWidth { Width = labelWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct }),
                    Paragraph(label, HeadingFont, 28, JustificationValues.Left, line: line)),
                new TableCell(Paragraph(value, BodyFont, 28, JustificationValues.Left, line: line)));
            if (minimumRowHeight is { } height)
            {
                row.PrependChild(new TableRowProperties(new TableRowHeight { Val = (uint)height, HeightType = HeightRuleValues.AtLeast }));
            }

            table.Append(row);
        }

        return table;
    }
}
