using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.ServiceItems;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.ServiceItems;

public class ServiceItemTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);

    private static readonly Actor Clerk = new("gaodu", 7, false, false);
    private static readonly Actor Reviewer = new("shenhe", null, true, true);
    private static readonly Actor Head = new("gaodu-head", null, false, false, UnitHeadOrganisationId: 7);

    private static ServiceItem Published()
    {
        var item = new ServiceItem(7, ServiceGuideBuilder.Typical());
        item.Submit(Now, "gaodu", unitSignOff: false, null);
        item.Approve(Now, "shenhe");
        return item;
    }

    [Fact]
    public void New_TypicalGuide_IsADraftWithKeyedMaterials()
    {
        var item = new ServiceItem(7, ServiceGuideBuilder.Typical() with { Name = "  低保  " });

        Assert.Equal(ServiceItemStatus.Draft, item.Status);
        Assert.Equal("低保", item.Name);
        Assert.Equal([1, 2], item.Guide.Materials.Select(m => m.Key));
        Assert.False(item.IsPublic);
    }

    [Fact]
    public void New_WithoutConditions_Throws()
    {
        var exception = Assert.Throws<DomainException>(() => new ServiceItem(7, ServiceGuideBuilder.Typical() with { Conditions = "" }));

        Assert.Equal("请填写受理条件。", exception.Message);
    }

    [Fact]
    public void Edit_KeepsKeysOfExistingMaterialsAndGivesNewOnesTheNext()
    {
        var item = new ServiceItem(7, ServiceGuideBuilder.Typical());
        var guide = item.Guide;

        item.Edit(guide with { Materials = [guide.Materials[1], new ServiceMaterial(0, "身份证", MaterialForm.Copy, 1, MaterialMedium.Paper, null)] });

        Assert.Equal([2, 3], item.Guide.Materials.Select(m => m.Key));
    }

    [Fact]
    public void Edit_ForgedKey_GetsANewKey()
    {
        var item = new ServiceItem(7, ServiceGuideBuilder.Typical());
        var guide = item.Guide;

        item.Edit(guide with { Materials = [guide.Materials[0], guide.Materials[1] with { Key = 99 }] });

        Assert.Equal([1, 3], item.Guide.Materials.Select(m => m.Key));
    }

    [Fact]
    public void Submit_WithUnitSignOff_WaitsForTheUnitHead()
    {
        var item = new ServiceItem(7, ServiceGuideBuilder.Typical());

        item.Submit(Now, "gaodu", unitSignOff: true, null);

        Assert.Equal(ServiceItemStatus.AwaitingUnitApproval, item.Status);
        Assert.True(item.Allowed(Head).CanApproveInUnit);
        Assert.False(item.Allowed(Reviewer).CanApprove);
        item.ApproveInUnit(Now, "gaodu-head");
        Assert.Equal(ServiceItemStatus.Submitted, item.Status);
        Assert.True(item.Allowed(Reviewer).CanApprove);
    }

    [Fact]
    public void Approve_FirstTime_PublishesVersionOne()
    {
        var item = new ServiceItem(7, ServiceGuideBuilder.Typical());
        item.Submit(Now, "gaodu", unitSignOff: false, null);

        var version = item.Approve(Now, "shenhe");

        Assert.Equal(ServiceItemStatus.Published, item.Status);
        Assert.True(item.IsPublic);
        Assert.Equal(1, version.Number);
        Assert.Equal("首次发布", version.Changes);
        Assert.Equal("|assistance|theme:civil-affairs|", item.PublishedTags);
        Assert.Equal(item.GuideJson, item.PublishedGuideJson);
    }

    [Fact]
    public void Revision_KeepsThePublishedGuideUntilApproved_ThenRecordsWhatChanged()
    {
        var item = Published();
        item.StartRevision();
        item.Edit(item.Guide with { PromisedDays = 15 });

        Assert.Equal(20, item.PublishedGuide!.PromisedDays);
        Assert.Equal(["承诺办结时限：20 → 15 个工作日"], item.PendingChanges());

        item.Submit(Now, "gaodu", unitSignOff: false, "压缩承诺时限");
        var version = item.Approve(Now.AddDays(1), "shenhe");

        Assert.Equal(2, version.Number);
        Assert.Equal("承诺办结时限：20 → 15 个工作日", version.Changes);
        Assert.Equal("压缩承诺时限", version.Note);
        Assert.Equal(15, item.PublishedGuide!.PromisedDays);
        Assert.Null(item.ChangeNote);
    }

    [Fact]
    public void Submit_RevisionWithoutChanges_Throws()
    {
        var item = Published();
        item.StartRevision();

        var exception = Assert.Throws<DomainException>(() => item.Submit(Now, "gaodu", false, "无"));

        Assert.Equal("办事指南与已发布的版本相同，没有需要审核的修改。", exception.Message);
    }

    [Fact]
    public void Submit_RevisionWithoutNote_Throws()
    {
        var item = Published();
        item.StartRevision();
        item.Edit(item.Guide with { Hours = "全天" });

        var exception = Assert.Throws<DomainException>(() => item.Submit(Now, "gaodu", false, " "));

        Assert.Equal("修订已发布的事项时，请填写修改说明。", exception.Message);
    }

    [Fact]
    public void Return_WithoutComment_Throws()
    {
        var item = new ServiceItem(7, ServiceGuideBuilder.Typical());
        item.Submit(Now, "gaodu", false, null);

        Assert.Throws<DomainException>(() => item.Return(" ", Now, "shenhe"));
        item.Return("材料不全", Now, "shenhe");
        Assert.Equal(ServiceItemStatus.Returned, item.Status);
        Assert.Equal("材料不全", item.ReviewComment);
        Assert.True(item.Allowed(Clerk).CanEdit);
    }

    [Fact]
    public void Edit_WhileSubmitted_Throws()
    {
        var item = new ServiceItem(7, ServiceGuideBuilder.Typical());
        item.Submit(Now, "gaodu", false, null);

        Assert.Throws<DomainException>(() => item.Edit(ServiceGuideBuilder.Typical()));
        Assert.Throws<DomainException>(item.StartRevision);
    }

    [Fact]
    public void Recall_ReturnsTheSubmissionToDraft()
    {
        var item = new ServiceItem(7, ServiceGuideBuilder.Typical());
        item.Submit(Now, "gaodu", true, null);

        item.Recall();

        Assert.Equal(ServiceItemStatus.Draft, item.Status);
        Assert.Throws<DomainException>(item.Recall);
    }

    [Fact]
    public void Allowed_OtherUnitsClerk_MayDoNothing()
    {
        var item = new ServiceItem(7, ServiceGuideBuilder.Typical());

        Assert.Equal(new AllowedServiceItemActions(false, false, false, false, false, false, false, false), item.Allowed(new Actor("x", 8, false, false)));
        Assert.True(item.Allowed(Clerk).CanSubmit);
    }

    [Fact]
    public void StartRevision_NotPublished_Throws() =>
        Assert.Throws<DomainException>(() => new ServiceItem(7, ServiceGuideBuilder.Typical()).StartRevision());

    [Fact]
    public void File_ForUnknownMaterial_Throws()
    {
        var item = new ServiceItem(7, ServiceGuideBuilder.Typical());

        var exception = Assert.Throws<DomainException>(() => new ServiceItemFile(item, 9, MaterialFileRole.BlankForm, "表.pdf", "k", ZezhouDisclosure.Domain.Documents.AttachmentKind.Pdf, 10, "abc"));

        Assert.Equal("申请材料不存在，请先保存办事指南。", exception.Message);
    }

    [Fact]
    public void File_OnPublishedItem_Throws()
    {
        var item = Published();

        Assert.Throws<DomainException>(() => new ServiceItemFile(item, 1, MaterialFileRole.BlankForm, "表.pdf", "k", ZezhouDisclosure.Domain.Documents.AttachmentKind.Pdf, 10, "abc"));
    }
}
