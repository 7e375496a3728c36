using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace ZezhouDisclosure.TestKit.Builders;

/// <summary>Tiny but real files of every accepted attachment kind, made in the test (no binary fixtures).</summary>
public static class TestFiles
{
    /// <summary>A 2×2 PNG.</summary>
    public static byte[] Png() =>
        Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4z8AARAxg8j8AG/ID/fPnS7EAAAAASUVORK5CYII=");

    /// <summary>A PDF whose page carries real text (a text layer).</summary>
    public static byte[] TextPdf(string text = "Zezhou County notice on winter heating")
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText(text, 12, new PdfPoint(40, 760), font);
        return builder.Build();
    }

    /// <summary>A PDF like a scan: its only page holds an image and no text.</summary>
    public static byte[] ScannedPdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(Png(), new PdfRectangle(40, 400, 540, 800));
        return builder.Build();
    }

    /// <summary>A Word document with one paragraph per line.</summary>
    public static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Word.Document(new Word.Body(
                paragraphs.Select(p => new Word.Paragraph(new Word.Run(new Word.Text(p)))).ToArray<OpenXmlElement>()));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>An Excel workbook with one empty sheet.</summary>
    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var excel = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = excel.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData());
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>An OFD package (a ZIP with OFD.xml at its root).</summary>
    public static byte[] Ofd() => Zip(("OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\"/>"));

    /// <summary>A ZIP archive with the given text entries.</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The header of an OLE2 compound file (legacy .doc / .xls), padded to one sector.</summary>
    public static byte[] Ole2()
    {
        var bytes = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>The start of a JPEG (SOI and a JFIF APP0 segment) and its end marker.</summary>
    public static byte[] Jpeg() =>
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    /// <summary>An HTML page with a script: what an attacker renames to .pdf.</summary>
    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
}
