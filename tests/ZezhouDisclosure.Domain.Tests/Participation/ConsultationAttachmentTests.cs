using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Domain.Tests.Participation;

/// <summary>征求意见稿附件: attached and removed only while the consultation is a draft or returned.</summary>
public class ConsultationAttachmentTests
{
    // 2026-11-30 10:00 Beijing.
    private static readonly DateTime Now = new(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);

    private static Consultation Draft() =>
        new(7, new ConsultationContent("关于征求意见的公告", "第一条 正文。", null, null, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 30), null, false));

    private static ConsultationAttachmentFile File(AttachmentKind kind = AttachmentKind.Pdf, bool? hasTextLayer = true, string? text = " 正文 ") =>
        new("征求意见稿.pdf", "key.pdf", kind, "application/pdf", 1234, "abc", hasTextLayer, text);

    private static void SetId(Entity entity, int id) => typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(entity, id);

    [Fact]
    public void Attach_Draft_KeepsTheFileForItsConsultationAndUnit()
    {
        var consultation = Draft();
        SetId(consultation, 5);

        var file = consultation.Attach(File());

        Assert.Equal(5, file.ConsultationId);
        Assert.Equal(7, file.OrganisationId);
        Assert.Equal("征求意见稿.pdf", file.FileName);
        Assert.Equal("key.pdf", file.StorageKey);
        Assert.Equal(AttachmentKind.Pdf, file.Kind);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(1234, file.Size);
        Assert.Equal("abc", file.Sha256);
        Assert.True(file.HasTextLayer);
        Assert.Equal("正文", file.ExtractedText);
        Assert.False(file.IsScanWithoutText);
    }

    [Fact]
    public void Attach_ScannedPdf_IsFlagged_AndBlankTextIsNull()
    {
        var file = Draft().Attach(File(hasTextLayer: false, text: "  "));

        Assert.True(file.IsScanWithoutText);
        Assert.Null(file.ExtractedText);
    }

    [Fact]
    public void Attach_NotAPdf_HasNoTextLayerFlag()
    {
        var file = Draft().Attach(File(AttachmentKind.Docx, hasTextLayer: false));

        Assert.Null(file.HasTextLayer);
        Assert.False(file.IsScanWithoutText);
    }

    [Fact]
    public void Attach_LongText_IsCutAtTheLimit()
    {
        var file = Draft().Attach(File(text: new string('字', AttachmentKinds.MaxExtractedTextLength + 1)));

        Assert.Equal(AttachmentKinds.MaxExtractedTextLength, file.ExtractedText!.Length);
    }

    [Fact]
    public void Attach_Returned_IsAllowed()
    {
        var consultation = Draft();
        consultation.Submit(Now, "clerk");
        consultation.Return("请补充附件", Now, "reviewer");

        Assert.Equal(consultation.OrganisationId, consultation.Attach(File()).OrganisationId);
    }

    [Fact]
    public void Attach_Submitted_IsRefused()
    {
        var consultation = Draft();
        consultation.Submit(Now, "clerk");

        Assert.Equal("只有草稿或已退回的征求意见可以添加附件。", Assert.Throws<DomainException>(() => consultation.Attach(File())).Message);
    }

    [Fact]
    public void Attach_Published_IsRefused()
    {
        var consultation = Draft();
        consultation.Submit(Now, "clerk");
        consultation.Approve(Now, "reviewer");

        Assert.Equal("只有草稿或已退回的征求意见可以添加附件。", Assert.Throws<DomainException>(() => consultation.Attach(File())).Message);
    }

    [Fact]
    public void Detach_Draft_IsAllowed()
    {
        var consultation = Draft();
        var file = consultation.Attach(File());

        consultation.Detach(file);

        Assert.Equal(ConsultationStatus.Draft, consultation.Status);
    }

    [Fact]
    public void Detach_AwaitingUnitApproval_IsRefused()
    {
        var consultation = Draft();
        var file = consultation.Attach(File());
        consultation.Submit(Now, "clerk", unitSignOff: true);

        Assert.Equal("只有草稿或已退回的征求意见可以删除附件。", Assert.Throws<DomainException>(() => consultation.Detach(file)).Message);
    }

    [Fact]
    public void Detach_AnotherConsultationsFile_IsRefused()
    {
        var consultation = Draft();
        var other = Draft();
        SetId(other, 99);
        var file = other.Attach(File());

        Assert.Equal("该附件不属于此征求意见。", Assert.Throws<DomainException>(() => consultation.Detach(file)).Message);
    }

    [Fact]
    public void FollowConsultation_HandedOver_TakesTheNewUnit_AnotherConsultationIsRefused()
    {
        var consultation = Draft();
        var file = consultation.Attach(File());
        var other = Draft();
        SetId(other, 99);

        consultation.HandOverTo(8);
        file.FollowConsultation(consultation);

        Assert.Equal(8, file.OrganisationId);
        Assert.Equal("附件只能随所属的征求意见移交。", Assert.Throws<DomainException>(() => file.FollowConsultation(other)).Message);
        Assert.Equal(8, file.OrganisationId);
    }
}
