using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Documents;

public class AttachmentKindsTests
{
    public static TheoryData<string, byte[], AttachmentKind> ValidFiles => new()
    {
        { "通知.pdf", TestFiles.TextPdf(), AttachmentKind.Pdf },
        { "通知.OFD", TestFiles.Ofd(), AttachmentKind.Ofd },
        { "通知.doc", TestFiles.Ole2(), AttachmentKind.Doc },
        { "通知.docx", TestFiles.Docx("正文"), AttachmentKind.Docx },
        { "名单.xls", TestFiles.Ole2(), AttachmentKind.Xls },
        { "名单.xlsx", TestFiles.Xlsx(), AttachmentKind.Xlsx },
        { "现场.jpeg", TestFiles.Jpeg(), AttachmentKind.Jpeg },
        { "现场.JPG", TestFiles.Jpeg(), AttachmentKind.Jpeg },
        { "图解.png", TestFiles.Png(), AttachmentKind.Png },
    };

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void MatchesSignature_EachAcceptedKindWithItsContent_IsTrue(string fileName, byte[] content, AttachmentKind kind)
    {
        Assert.Equal(kind, AttachmentKinds.FromFileName(fileName));
        Assert.True(AttachmentKinds.MatchesSignature(kind, content));
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
