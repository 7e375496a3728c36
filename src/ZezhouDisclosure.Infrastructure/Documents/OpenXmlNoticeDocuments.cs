using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.RequestNotices;
using ZezhouDisclosure.Application.Requests;

namespace ZezhouDisclosure.Infrastructure.Documents;

/// <summary>
/// Writes a 告知书 as an A4 Word document in the manner of GB/T 9704 (title 22 pt 小标宋, body 16 pt 仿宋, date and
/// seal on the right), from the same <see cref="NoticeModel"/> as the HTML print page.
/// </summary>
public sealed class OpenXmlNoticeDocuments : INoticeDocuments
{
    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";

    public byte[] WriteDocx(NoticeModel notice)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = notice.Title;
            document.PackageProperties.Creator = notice.OrganisationName;
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(notice.OrganisationName, TitleFont, 44, JustificationValues.Center, bold: false));
            body.Append(Paragraph(notice.Title, TitleFont, 44, JustificationValues.Center, bold: false));
            body.Append(Paragraph(notice.Reference, BodyFont, 28, JustificationValues.Center));
            body.Append(Paragraph(notice.Addressee + "：", BodyFont, 32, JustificationValues.Left));
            foreach (var paragraph in notice.Paragraphs)
            {
                body.Append(Paragraph(paragraph, BodyFont, 32, JustificationValues.Both, indent: true));
            }

            body.Append(Paragraph("基本情况", HeadingFont, 32, JustificationValues.Left));
            body.Append(FactsTable(notice.Facts));
            body.Append(Paragraph("法律依据", HeadingFont, 32, JustificationValues.Left));
            foreach (var basis in notice.LegalBasis)
            {
                body.Append(Paragraph(basis, BodyFont, 32, JustificationValues.Left, indent: true));
            }

            if (notice.Remedies is { } remedies)
            {
                body.Append(Paragraph("救济途径", HeadingFont, 32, JustificationValues.Left));
                body.Append(Paragraph(remedies, BodyFont, 32, JustificationValues.Both, indent: true));
            }

            body.Append(Paragraph(notice.OrganisationName + notice.SealText, BodyFont, 32, JustificationValues.Right));
            body.Append(Paragraph(notice.DateText, BodyFont, 32, JustificationValues.Right));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The blank paper 申请表 (<see cref="BlankApplicationForm"/>): instructions, then one bordered table per part with room to write.</summary>
    public byte[] WriteBlankApplicationForm()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = BlankApplicationForm.Title;
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(BlankApplicationForm.Title, TitleFont, 44, JustificationValues.Center, bold: false));
            foreach (var line in BlankApplicationForm.Instructions)
            {
                body.Append(Paragraph(line, BodyFont, 24, JustificationValues.Both, indent: true));
            }

            foreach (var section in BlankApplicationForm.Sections)
            {
                body.Append(Paragraph(section.Title, HeadingFont, 28, JustificationValues.Left));
                body.Append(FactsTable([.. section.Rows.Select(r => new NoticeFact(r.Label, r.Printed))], minimumRowHeight: 680));
            }

            foreach (var line in BlankApplicationForm.ClosingLines)
            {
                body.Append(Paragraph(line, BodyFont, 28, JustificationValues.Right));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string font, int halfPoints, JustificationValues justification, bool indent = false, bool bold = false)
    {
        var paragraphProperties = new ParagraphProperties(
            new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact },
            new Justification { Val = justification });
        if (indent)
        {
            paragraphProperties.Append(new Indentation { FirstLineChars = 200 });
        }

        var runProperties = new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font },
            new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new Languages { EastAsia = "zh-CN" });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        return new Paragraph(paragraphProperties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table FactsTable(IReadOnlyList<NoticeFact> facts, int? minimumRowHeight = null)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        foreach (var fact in facts)
        {
            var row = new TableRow(
                new TableCell(new TableCellProperties(new TableCellWidth { Width = "1400", Type = TableWidthUnitValues.Pct }),
                    Paragraph(fact.Label, HeadingFont, 28, JustificationValues.Left)),
                new TableCell(Paragraph(fact.Value, BodyFont, 28, JustificationValues.Left)));
            if (minimumRowHeight is { } height)
            {
                row.PrependChild(new TableRowProperties(new TableRowHeight { Val = (uint)height, HeightType = HeightRuleValues.AtLeast }));
            }

            table.Append(row);
        }

        return table;
    }
}
