using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Documents;

public class DocumentLifecycleTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);

    private static Document Published() => new DocumentBuilder().WithIndexNumber("140525107/2026-00001").Published().Build();

    [Fact]
    public void Withdraw_Published_KeepsTheRecordWithAPublicReason()
    {
        var document = Published();

        document.Withdraw("  因政策调整，本文件已被新文件替代。 ", Now, "reviewer");

        Assert.Equal(DocumentStatus.Withdrawn, document.Status);
        Assert.Equal("因政策调整，本文件已被新文件替代。", document.WithdrawalReason);
        Assert.False(document.IsPublic);
        Assert.Equal("140525107/2026-00001", document.IndexNumber);
    }

    [Fact]
    public void Withdraw_WithoutAReason_Throws()
    {
        Assert.Throws<DomainException>(() => Published().Withdraw("撤回", Now, "reviewer"));
    }

    [Fact]
    public void Withdraw_Draft_Throws()
    {
        Assert.Throws<DomainException>(() => new Document(7, new DocumentContentBuilder().Build()).Withdraw("因政策调整撤回。", Now, "reviewer"));
    }

    [Fact]
    public void SetValidity_RepealedWithoutDate_Throws()
    {
        var exception = Assert.Throws<DomainException>(() => Published().SetValidity(DocumentValidity.Repealed, true, null, null));

        Assert.Contains("废止日期", exception.Message);
    }

    [Fact]
    public void SetValidity_ExpiryBeforeEffect_Throws()
    {
        Assert.Throws<DomainException>(() => Published().SetValidity(DocumentValidity.Expired, true, new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 30)));
    }

    [Fact]
    public void SetValidity_Repealed_IsRecordedOnAPublishedDocument()
    {
        var document = Published();

        document.SetValidity(DocumentValidity.Repealed, true, new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 1));

        Assert.Equal(DocumentValidity.Repealed, document.Validity);
        Assert.True(document.IsNormative);
        Assert.Equal(new DateOnly(2026, 11, 1), document.ExpiresOn);
        Assert.Equal(DocumentStatus.Published, document.Status);
    }

    [Fact]
    public void Approve_WithALaterTime_IsScheduledAndPublishedWhenDue()
    {
        var document = new Document(7, new DocumentContentBuilder().Build());
        document.Submit(Now, "clerk");

        document.Approve("140525107/2026-00004", Now, "reviewer", Now.AddHours(3));

        Assert.Equal(DocumentStatus.Scheduled, document.Status);
        Assert.False(document.PublishIfDue(Now.AddHours(2)));
        Assert.True(document.PublishIfDue(Now.AddHours(3)));
        Assert.Equal(DocumentStatus.Published, document.Status);
        Assert.Equal(Now.AddHours(3), document.PublishedAt);
    }

    [Fact]
    public void PublishUrgently_Proactive_IsPublishedAndAwaitsPostReview()
    {
        var document = new Document(7, new DocumentContentBuilder().Build());

        document.PublishUrgently("140525107/2026-00005", Now, "clerk");
        Assert.True(document.IsPublic);
        Assert.True(document.AwaitingPostReview);
        document.ConfirmPostReview(Now, "reviewer");

        Assert.False(document.AwaitingPostReview);
        Assert.Throws<DomainException>(() => document.ConfirmPostReview(Now, "reviewer"));
    }

    [Fact]
    public void AcknowledgeFiling_ThenAttributeChanges_MustBeFiledAgain()
    {
        var document = new Document(7, new DocumentContentBuilder().WithAttribute(DisclosureAttribute.OnRequest, NonDisclosureGround.ThirdPartyRights, "涉及第三方商业秘密。").Build());
        document.Submit(Now, "clerk");
        document.AcknowledgeFiling(Now, "reviewer");
        document.Return("请改为不予公开并说明依据。", Now, "reviewer");

        document.Edit(new DocumentContentBuilder().WithAttribute(DisclosureAttribute.NotPublic, NonDisclosureGround.ThirdPartyRights, "涉及第三方商业秘密。").Build());

        Assert.Null(document.FilingAcknowledgedAt);
        Assert.Throws<DomainException>(() => new Document(7, new DocumentContentBuilder().Build()).AcknowledgeFiling(Now, "reviewer"));
    }

    [Fact]
    public void Revision_OfADocument_CarriesItsContentBack()
    {
        var document = new Document(7, new DocumentContentBuilder().WithTitle("第一版").WithBody("<p>甲</p>").Build());
        var revision = new DocumentRevision(document, document.NextRevisionNumber(), "新建");
        document.Edit(new DocumentContentBuilder().WithTitle("第二版").WithBody("<p>乙</p>").Build());

        document.Edit(revision.ToContent());

        Assert.Equal(1, revision.Number);
        Assert.Equal("第一版", document.Title);
        Assert.Equal("<p>甲</p>", document.BodyHtml);
    }
}
