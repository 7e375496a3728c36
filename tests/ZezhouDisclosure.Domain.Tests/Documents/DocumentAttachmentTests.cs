using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Documents;

public class DocumentAttachmentTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);

    private static Document Draft() => new(7, new DocumentContentBuilder().Build());

    private static DocumentAttachment Attach(Document document, string fileName = "通知.pdf", AttachmentKind kind = AttachmentKind.Pdf) =>
        new(document, fileName, "0123456789abcdef0123456789abcdef.pdf", kind, 1234, new string('a', 64), 1);

    [Fact]
    public void New_OnDraft_BelongsToTheDocumentsOrganisation()
    {
        var attachment = Attach(Draft());

        Assert.Equal(7, attachment.OrganisationId);
        Assert.Equal("application/pdf", attachment.ContentType);
    }

    [Theory]
    [InlineData("../../etc/通知.pdf")]
    [InlineData("..\\..\\Windows\\通知.pdf")]
    [InlineData("C:\\fakepath\\通知.pdf")]
    public void New_FileNameWithFolders_KeepsOnlyTheName(string fileName) =>
        Assert.Equal("通知.pdf", Attach(Draft(), fileName).FileName);

    [Fact]
    public void New_ExtensionOfAnotherKind_IsRefused() =>
        Assert.Throws<DomainException>(() => Attach(Draft(), "通知.html"));

    [Fact]
    public void New_OnSubmittedDocument_IsRefused()
    {
        var document = Draft();
        document.Submit(Now, "clerk");

        Assert.Throws<DomainException>(() => Attach(document));
    }

    [Fact]
    public void SetText_ScannedPdf_IsAScanWithoutText()
    {
        var attachment = Attach(Draft());

        attachment.SetText(false, null);

        Assert.True(attachment.IsScanWithoutText);
        Assert.Null(attachment.ExtractedText);
    }

    [Fact]
    public void SetText_LongText_IsBounded()
    {
        var attachment = Attach(Draft());

        attachment.SetText(true, new string('字', AttachmentKinds.MaxExtractedTextLength + 10));

        Assert.Equal(AttachmentKinds.MaxExtractedTextLength, attachment.ExtractedText!.Length);
        Assert.False(attachment.IsScanWithoutText);
    }

    [Fact]
    public void SetText_NotAPdf_HasNoTextLayerFlag()
    {
        var attachment = Attach(Draft(), "通知.docx", AttachmentKind.Docx);

        attachment.SetText(false, "正文");

        Assert.Null(attachment.HasTextLayer);
        Assert.Equal("正文", attachment.ExtractedText);
    }

    [Fact]
    public void Remove_FromDraft_IsSoftDeleted()
    {
        var document = Draft();
        var attachment = Attach(document);

        attachment.Remove(document, Now, "clerk");

        Assert.True(attachment.IsDeleted);
        Assert.Equal("clerk", attachment.DeletedBy);
    }

    [Fact]
    public void Remove_FromSubmittedDocument_IsRefused()
    {
        var document = Draft();
        var attachment = Attach(document);
        document.Submit(Now, "clerk");

        Assert.Throws<DomainException>(() => attachment.Remove(document, Now, "clerk"));
    }

    [Fact]
    public void Rename_OnDraft_ShowsTheDisplayNameInsteadOfTheFileName()
    {
        var document = Draft();
        var attachment = Attach(document, "scan_0012.pdf");

        attachment.Rename(document, "  附件1：申请表 ");

        Assert.Equal("附件1：申请表", attachment.DisplayName);
        Assert.Equal("附件1：申请表", attachment.Label);
        Assert.Equal("scan_0012.pdf", attachment.FileName);
    }

    [Fact]
    public void Rename_Blank_ShowsTheFileNameAgain()
    {
        var document = Draft();
        var attachment = Attach(document, "scan_0012.pdf");
        attachment.Rename(document, "附件1");

        attachment.Rename(document, " ");

        Assert.Null(attachment.DisplayName);
        Assert.Equal("scan_0012.pdf", attachment.Label);
    }

    [Fact]
    public void Rename_SubmittedDocument_IsRefused()
    {
        var document = Draft();
        var attachment = Attach(document);
        document.Submit(Now, "clerk");

        Assert.Throws<DomainException>(() => attachment.Rename(document, "附件1"));
    }

    [Fact]
    public void Rename_TooLong_IsRefused()
    {
        var document = Draft();

        Assert.Throws<DomainException>(() => Attach(document).Rename(document, new string('名', DataLimits.Name + 1)));
    }
}
