using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Infrastructure.Attachments;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Infrastructure.Tests.Attachments;

public class AttachmentInspectorTests
{
    private static ZezhouDisclosure.Application.Common.Abstractions.AttachmentInspection Inspect(byte[] content, AttachmentKind kind) =>
        new AttachmentInspector().Inspect(new MemoryStream(content), kind);

    [Fact]
    public void Inspect_TextPdf_HasATextLayerAndItsText()
    {
        var result = Inspect(TestFiles.TextPdf("Notice on heating"), AttachmentKind.Pdf);

        Assert.Null(result.Problem);
        Assert.True(result.HasTextLayer);
        Assert.Contains("Notice on heating", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_ImageOnlyPdf_HasNoTextLayer()
    {
        var result = Inspect(TestFiles.ScannedPdf(), AttachmentKind.Pdf);

        Assert.Null(result.Problem);
        Assert.False(result.HasTextLayer);
    }

    [Fact]
    public void Inspect_BrokenPdf_IsRefused() =>
        Assert.NotNull(Inspect("%PDF-1.7\n garbage that is not a PDF"u8.ToArray(), AttachmentKind.Pdf).Problem);

    [Fact]
    public void Inspect_Docx_ReturnsItsParagraphs()
    {
        var result = Inspect(TestFiles.Docx("一、总体要求", "二、工作措施"), AttachmentKind.Docx);

        Assert.Null(result.Problem);
        Assert.Equal("一、总体要求\n二、工作措施", result.Text);
    }

    [Theory]
    [InlineData(AttachmentKind.Docx, "word/document.xml")]
    [InlineData(AttachmentKind.Xlsx, "xl/workbook.xml")]
    [InlineData(AttachmentKind.Ofd, "OFD.xml")]
    public void Inspect_ZipWithoutTheMainPart_IsRefusedNamingIt(AttachmentKind kind, string part)
    {
        var result = Inspect(TestFiles.Zip(("other.xml", "<x/>")), kind);

        Assert.Contains(part, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_XlsxAndOfd_AreAccepted()
    {
        Assert.Null(Inspect(TestFiles.Xlsx(), AttachmentKind.Xlsx).Problem);
        Assert.Null(Inspect(TestFiles.Ofd(), AttachmentKind.Ofd).Problem);
    }

    [Fact]
    public void Inspect_CorruptZip_IsRefused() =>
        Assert.NotNull(Inspect([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0], AttachmentKind.Xlsx).Problem);
}
