using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Documents;

public class DocumentTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void New_ValidContent_IsADraft()
    {
        var document = new Document(7, new DocumentContentBuilder().WithTitle("  标题  ").Build());

        Assert.Equal(DocumentStatus.Draft, document.Status);
        Assert.Equal("标题", document.Title);
        Assert.Equal(DocumentValidity.Valid, document.Validity);
        Assert.True(document.IsEditable);
        Assert.False(document.IsPublic);
    }

    [Fact]
    public void New_BlankTitle_Throws()
    {
        var exception = Assert.Throws<DomainException>(() => new Document(7, new DocumentContentBuilder().WithTitle(" ").Build()));

        Assert.Equal("标题不能为空。", exception.Message);
    }

    [Fact]
    public void Submit_WithoutAttribute_IsRefusedAndStaysDraft()
    {
        var document = new Document(7, new DocumentContentBuilder().WithAttribute(null).Build());

        var exception = Assert.Throws<DomainException>(() => document.Submit(Now, "clerk"));

        Assert.Contains("公开属性", exception.Message);
        Assert.Equal(DocumentStatus.Draft, document.Status);
    }

    [Fact]
    public void Submit_NotPublicWithoutReason_IsRefused()
    {
        var document = new Document(7, new DocumentContentBuilder()
            .WithAttribute(DisclosureAttribute.NotPublic, NonDisclosureGround.InternalAffairs, null).Build());

        Assert.Throws<DomainException>(() => document.Submit(Now, "clerk"));
    }

    [Fact]
    public void Submit_Draft_RecordsWhoAndWhen()
    {
        var document = new Document(7, new DocumentContentBuilder().Build());

        document.Submit(Now, "clerk");

        Assert.Equal(DocumentStatus.Submitted, document.Status);
        Assert.Equal(Now, document.SubmittedAt);
        Assert.Equal("clerk", document.SubmittedBy);
        Assert.False(document.IsEditable);
    }

    [Fact]
    public void Submit_AlreadySubmitted_Throws()
    {
        var document = Submitted();

        Assert.Throws<DomainException>(() => document.Submit(Now, "clerk"));
    }

    [Fact]
    public void Approve_Proactive_PublishesWithIndexNumber()
    {
        var document = Submitted();

        document.Approve("140525107/2026-00001", Now, "reviewer");

        Assert.Equal(DocumentStatus.Published, document.Status);
        Assert.Equal("140525107/2026-00001", document.IndexNumber);
        Assert.Equal(Now, document.PublishedAt);
        Assert.Equal("reviewer", document.ReviewedBy);
        Assert.True(document.IsPublic);
    }

    [Fact]
    public void Approve_OnRequest_IsApprovedButNeverPublic()
    {
        var document = new Document(7, new DocumentContentBuilder()
            .WithAttribute(DisclosureAttribute.OnRequest, NonDisclosureGround.ThirdPartyRights, "涉及第三方商业秘密，需征求意见。").Build());
        document.Submit(Now, "clerk");
        var unfiled = Assert.Throws<DomainException>(() => document.Approve("140525107/2026-00002", Now, "reviewer"));
        document.AcknowledgeFiling(Now, "reviewer");

        document.Approve("140525107/2026-00002", Now, "reviewer");

        Assert.Contains("备案", unfiled.Message);
        Assert.Equal(DocumentStatus.ApprovedNotPublic, document.Status);
        Assert.Null(document.PublishedAt);
        Assert.False(document.IsPublic);
    }

    [Theory]
    [InlineData(DocumentStatus.Draft)]
    [InlineData(DocumentStatus.Returned)]
    [InlineData(DocumentStatus.Published)]
    public void Approve_NotSubmitted_Throws(DocumentStatus status)
    {
        var document = InStatus(status);

        Assert.Throws<DomainException>(() => document.Approve("x/2026-00009", Now, "reviewer"));
    }

    [Fact]
    public void Return_WithComment_GoesBackToTheClerk()
    {
        var document = Submitted();

        document.Return("  请补充附件。 ", Now, "reviewer");

        Assert.Equal(DocumentStatus.Returned, document.Status);
        Assert.Equal("请补充附件。", document.ReviewComment);
        Assert.True(document.IsEditable);
    }

    [Fact]
    public void Return_WithoutComment_Throws()
    {
        var document = Submitted();

        var exception = Assert.Throws<DomainException>(() => document.Return(" ", Now, "reviewer"));

        Assert.Equal("退回时必须填写审核意见。", exception.Message);
        Assert.Equal(DocumentStatus.Submitted, document.Status);
    }

    [Fact]
    public void Edit_Published_Throws()
    {
        var document = InStatus(DocumentStatus.Published);

        Assert.Throws<DomainException>(() => document.Edit(new DocumentContentBuilder().Build()));
    }

    [Fact]
    public void Edit_ReturnedThenResubmit_IsSubmittedAgain()
    {
        var document = InStatus(DocumentStatus.Returned);

        document.Edit(new DocumentContentBuilder().WithTitle("修改后").Build());
        document.Submit(Now, "clerk");

        Assert.Equal("修改后", document.Title);
        Assert.Equal(DocumentStatus.Submitted, document.Status);
    }

    [Fact]
    public void Edit_ToProactive_DropsGroundAndReason()
    {
        var document = new Document(7, new DocumentContentBuilder()
            .WithAttribute(DisclosureAttribute.NotPublic, NonDisclosureGround.InternalAffairs, "内部事务信息，不对外。").Build());

        document.Edit(new DocumentContentBuilder().WithAttribute(DisclosureAttribute.Proactive, NonDisclosureGround.InternalAffairs, "残留理由").Build());

        Assert.Null(document.Ground);
        Assert.Null(document.Reason);
    }

    [Fact]
    public void SoftDelete_ThenRestore_KeepsTheRecord()
    {
        var document = InStatus(DocumentStatus.Published);

        document.SoftDelete(Now, "admin");
        Assert.True(document.IsDeleted);
        Assert.False(document.IsPublic);
        document.Restore();

        Assert.False(document.IsDeleted);
        Assert.True(document.IsPublic);
    }

    private static Document Submitted() => InStatus(DocumentStatus.Submitted);

    private static Document InStatus(DocumentStatus status)
    {
        var document = new Document(7, new DocumentContentBuilder().Build());
        if (status == DocumentStatus.Draft)
        {
            return document;
        }

        document.Submit(Now, "clerk");
        if (status == DocumentStatus.Returned)
        {
            document.Return("请修改。", Now, "reviewer");
        }
        else if (status == DocumentStatus.Published)
        {
            document.Approve("140525107/2026-00003", Now, "reviewer");
        }

        return document;
    }
}
