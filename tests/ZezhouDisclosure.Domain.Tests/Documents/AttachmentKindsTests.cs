using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Documents;

public class AttachmentKindsTests
{
    // The content is named, not built, in the theory data: a zip (docx, xlsx, ofd) carries the time it was made, so
    // bytes built at discovery differ from bytes built at execution and the runner sees a different test case.
    public static TheoryData<string, string, AttachmentKind> ValidFiles => new()
    {
        { "通知.pdf", "pdf", AttachmentKind.Pdf },
        { "通知.OFD", "ofd", AttachmentKind.Ofd },
        { "通知.doc", "ole2", AttachmentKind.Doc },
        { "通知.docx", "docx", AttachmentKind.Docx },
        { "名单.xls", "ole2", AttachmentKind.Xls },
        { "名单.xlsx", "xlsx", AttachmentKind.Xlsx },
        { "现场.jpeg", "jpeg", AttachmentKind.Jpeg },
        { "现场.JPG", "jpeg", AttachmentKind.Jpeg },
        { "图解.png", "png", AttachmentKind.Png },
    };

    private static byte[] Sample(string content) => content switch
    {
        "pdf" => TestFiles.TextPdf(),
        "ofd" => TestFiles.Ofd(),
        "ole2" => TestFiles.Ole2(),
        "docx" => TestFiles.Docx("正文"),
        "xlsx" => TestFiles.Xlsx(),
        "jpeg" => TestFiles.Jpeg(),
        "png" => TestFiles.Png(),
        _ => throw new ArgumentOutOfRangeException(nameof(content), content, "no such sample"),
    };

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void MatchesSignature_EachAcceptedKindWithItsContent_IsTrue(string fileName, string content, AttachmentKind kind)
    {
        Assert.Equal(kind, AttachmentKinds.FromFileName(fileName));
        Assert.True(AttachmentKinds.MatchesSignature(kind, Sample(content)));
    }

    [Theory]
    [InlineData("说明.html")]
    [InlineData("脚本.exe")]
    [InlineData("无扩展名")]
    [InlineData("通知.pdf.exe")]
    [InlineData("")]
    public void FromFileName_NotAcceptedExtension_IsNull(string fileName) => Assert.Null(AttachmentKinds.FromFileName(fileName));

    [Fact]
    public void MatchesSignature_HtmlRenamedAsPdf_IsFalse() =>
        Assert.False(AttachmentKinds.MatchesSignature(AttachmentKind.Pdf, TestFiles.Html()));

    [Fact]
    public void MatchesSignature_PngRenamedAsJpeg_IsFalse() =>
        Assert.False(AttachmentKinds.MatchesSignature(AttachmentKind.Jpeg, TestFiles.Png()));

    [Fact]
    public void MatchesSignature_LegacyWordRenamedAsDocx_IsFalse() =>
        Assert.False(AttachmentKinds.MatchesSignature(AttachmentKind.Docx, TestFiles.Ole2()));

    [Fact]
    public void CheckSize_OneByteOverTheLimit_IsRefusedWithTheLimitStated()
    {
        var exception = Assert.Throws<DomainException>(() => AttachmentKinds.CheckSize(AttachmentKinds.DefaultMaxBytes + 1, AttachmentKinds.DefaultMaxBytes));

        Assert.Contains("超过了20 MB的上限", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSize_EmptyFile_IsRefused() =>
        Assert.Throws<DomainException>(() => AttachmentKinds.CheckSize(0, AttachmentKinds.DefaultMaxBytes));

    [Fact]
    public void CheckSize_ExactlyTheLimit_IsAccepted() =>
        AttachmentKinds.CheckSize(AttachmentKinds.DefaultMaxBytes, AttachmentKinds.DefaultMaxBytes);
}
