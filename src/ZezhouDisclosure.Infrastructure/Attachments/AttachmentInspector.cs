using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Infrastructure.Attachments;

/// <summary>
/// Looks inside uploaded files: DOCX, XLSX and OFD must be ZIP packages holding their main part; a PDF must open
/// (PdfPig), and its text tells whether it has a text layer; PDF and DOCX text is extracted for the search index.
/// </summary>
public sealed class AttachmentInspector : IAttachmentInspector
{
    /// <summary>Text is not extracted from a main part that inflates beyond this (a ZIP bomb guard).</summary>
    private const long MaxInflatedPartBytes = 64L * 1024 * 1024;

    public AttachmentInspection Inspect(Stream content, AttachmentKind kind)
    {
        ArgumentNullException.ThrowIfNull(content);
        return kind switch
        {
            AttachmentKind.Pdf => InspectPdf(content),
            AttachmentKind.Docx => InspectDocx(content),
            AttachmentKind.Xlsx => RequirePart(content, "xl/workbook.xml", "Excel（XLSX）") ?? new AttachmentInspection(null, null, null),
            AttachmentKind.Ofd => RequirePart(content, "OFD.xml", "OFD") ?? new AttachmentInspection(null, null, null),
            _ => new AttachmentInspection(null, null, null),
        };
    }

    private static AttachmentInspection InspectPdf(Stream content)
    {
        try
        {
            using var pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true });
            var text = new StringBuilder();
            foreach (var page in pdf.GetPages())
            {
                if (text.Length > AttachmentKinds.MaxExtractedTextLength)
                {
                    break;
                }

                var pageText = page.Text;
                if (!string.IsNullOrWhiteSpace(pageText))
                {
                    text.AppendLine(pageText.Trim());
                }
            }

            var hasText = text.ToString().Any(char.IsLetterOrDigit);
            return new AttachmentInspection(null, hasText, hasText ? text.ToString() : null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return AttachmentInspection.Refused("PDF 文件无法打开（可能已损坏或设置了打开密码），请另存为标准 PDF 后重新上传。");
        }
    }

    private static AttachmentInspection InspectDocx(Stream content)
    {
        if (RequirePart(content, "word/document.xml", "Word（DOCX）") is { } refused)
        {
            return refused;
        }

        try
        {
            content.Position = 0;
            using var word = WordprocessingDocument.Open(content, false);
            var body = word.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return AttachmentInspection.Refused("Word 文件没有正文部分，可能已损坏。");
            }

            var text = string.Join('\n', body.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0));
            return new AttachmentInspection(null, null, text);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return AttachmentInspection.Refused("Word 文件无法打开，可能已损坏。请在 Word 中另存后重新上传。");
        }
    }

    /// <summary>Null when the ZIP package holds <paramref name="part"/>; otherwise why the file is refused.</summary>
    private static AttachmentInspection? RequirePart(Stream content, string part, string label)
    {
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry(part);
            if (entry is null)
            {
                return AttachmentInspection.Refused($"文件内容不是{label}格式（缺少 {part}），已拒绝上传。");
            }

            return entry.Length > MaxInflatedPartBytes
                ? AttachmentInspection.Refused($"{label}文件的内容过大，无法处理。")
                : null;
        }
        catch (InvalidDataException)
        {
            return AttachmentInspection.Refused($"文件不是有效的{label}文件（压缩包已损坏），已拒绝上传。");
        }
        finally
        {
            content.Position = 0;
        }
    }
}
