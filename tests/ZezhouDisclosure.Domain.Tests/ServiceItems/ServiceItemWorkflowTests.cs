using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.ServiceItems;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.ServiceItems;

/// <summary>Each transition of a 政务服务事项: the state it leaves, the stamps it sets and clears, and the exact refusal otherwise.</summary>
public class ServiceItemWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = Now.AddHours(3);
    private static readonly Actor Clerk = new("gaodu", 7, false, false);
    private static readonly Actor Reviewer = new("shenhe", null, true, true);
    private static readonly Actor Head = new("gaodu-head", null, false, false, UnitHeadOrganisationId: 7);

    private static ServiceItem Draft() => new(7, ServiceGuideBuilder.Typical());

    private static ServiceItem Submitted(bool unitSignOff = false)
    {
        var item = Draft();
        item.Submit(Now, "gaodu", unitSignOff, null);
        return item;
    }

    private static ServiceItem Published()
    {
        var item = Submitted();
        item.Approve(Now, "shenhe");
        return item;
    }

    private static string Refusal(Action action) => Assert.Throws<DomainException>(action).Message;

    [Fact]
    public void New_IsADraftOfItsUnit_NotPublic()
    {
        var item = Draft();

        Assert.Equal((7, ServiceItemStatus.Draft, false, 0), (item.OrganisationId, item.Status, item.IsPublic, item.PublishedVersion));
        Assert.Null(item.PublishedGuide);
        Assert.True(item.HasUnpublishedChanges);
        Assert.True(item.IsEditable);
        Assert.False(item.CanRecall());
        Assert.False(item.CanReview());
        Assert.False(item.CanSignOffInUnit());
        Assert.False(item.CanStartRevision());
    }

    [Fact]
    public void New_InvalidGuide_RefusesWithTheFirstProblem() =>
        Assert.Equal("请填写受理条件。", Refusal(() => _ = new ServiceItem(7, ServiceGuideBuilder.Typical() with { Conditions = " ", Hours = "" })));

    [Fact]
    public void Submit_WithoutSignOff_GoesToTheCountyOffice_WithItsStamps()
    {
        var item = Draft();

        item.Submit(Now, "gaodu", unitSignOff: false, "  首次提交  ");

        Assert.Equal((ServiceItemStatus.Submitted, Now, "gaodu", "首次提交"), (item.Status, item.SubmittedAt, item.SubmittedBy, item.ChangeNote));
        Assert.True(item.CanReview());
        Assert.True(item.CanRecall());
        Assert.False(item.IsEditable);
        Assert.Equal("只有草稿或已退回的办事指南可以提交审核。", Refusal(() => item.Submit(Now, "gaodu", false, null)));
        Assert.Equal("只有草稿或已退回的办事指南可以修改。", Refusal(() => item.Edit(ServiceGuideBuilder.Typical())));
    }

    [Fact]
    public void Submit_NoteAtTheLimit_IsAccepted_OneMoreIsRefused()
    {
        var atLimit = Draft();
        atLimit.Submit(Now, "gaodu", false, new string('改', DataLimits.Summary));
        Assert.Equal(DataLimits.Summary, atLimit.ChangeNote!.Length);

        var over = Draft();
        Assert.Equal($"修改说明不能超过{DataLimits.Summary}个字。", Refusal(() => over.Submit(Now, "gaodu", false, new string('改', DataLimits.Summary + 1))));
        Assert.Equal(ServiceItemStatus.Draft, over.Status);
    }

    [Fact]
    public void Submit_BlankNote_IsNull_ForAFirstPublication()
    {
        var item = Draft();

        item.Submit(Now, "gaodu", false, "   ");

        Assert.Null(item.ChangeNote);
    }

    [Fact]
    public void ApproveInUnit_StampsTheHead_AndClearsAnEarlierReturn()
    {
        var item = Submitted(unitSignOff: true);
        item.ReturnInUnit("请补充材料", Now, "gaodu-head");
        item.Submit(Now, "gaodu", unitSignOff: true, null);
        Assert.Null(item.UnitApprovedAt);

        item.ApproveInUnit(Later, "gaodu-head");

        Assert.Equal((ServiceItemStatus.Submitted, Later, "gaodu-head"), (item.Status, item.UnitApprovedAt, item.UnitApprovedBy));
        Assert.Null(item.ReviewComment);
        Assert.Equal("只有待单位审核的办事指南可以由单位负责人审核。", Refusal(() => item.ApproveInUnit(Now, "gaodu-head")));
        Assert.Equal("只有待单位审核的办事指南可以由单位负责人退回。", Refusal(() => item.ReturnInUnit("再改", Now, "gaodu-head")));
    }

    [Fact]
    public void ReturnInUnit_TrimsTheComment_AndStampsTheReturn()
    {
        var item = Submitted(unitSignOff: true);

        item.ReturnInUnit("  请补充材料  ", Later, "gaodu-head");

        Assert.Equal((ServiceItemStatus.Returned, "请补充材料", Later, "gaodu-head"), (item.Status, item.ReviewComment, item.ReviewedAt, item.ReviewedBy));
        Assert.True(item.IsEditable);
        Assert.True(item.Allowed(Clerk).CanEdit);
    }

    [Fact]
    public void ReturnInUnit_WithoutComment_IsRefused_AndStaysWaiting()
    {
        var item = Submitted(unitSignOff: true);

        Assert.Equal("退回时必须填写审核意见。", Refusal(() => item.ReturnInUnit(" ", Now, "gaodu-head")));
        Assert.Equal(ServiceItemStatus.AwaitingUnitApproval, item.Status);
    }

    [Fact]
    public void Recall_AfterTheUnitSignedOff_ClearsTheSignOff()
    {
        var item = Submitted(unitSignOff: true);
        item.ApproveInUnit(Now, "gaodu-head");

        item.Recall();

        Assert.Equal(ServiceItemStatus.Draft, item.Status);
        Assert.Null(item.UnitApprovedAt);
        Assert.Null(item.UnitApprovedBy);
        Assert.Equal("只有已提交、尚未审核的办事指南可以撤回提交。", Refusal(item.Recall));
    }

    [Fact]
    public void Recall_WhileAwaitingTheUnit_IsAllowed() => Assert.True(Submitted(unitSignOff: true).CanRecall());

    [Fact]
    public void Return_ByTheCountyOffice_NeedsASubmission()
    {
        Assert.Equal("只有待审核的办事指南可以退回。", Refusal(() => Draft().Return("不行", Now, "shenhe")));
        Assert.Equal("只有待审核的办事指南可以退回。", Refusal(() => Submitted(unitSignOff: true).Return("不行", Now, "shenhe")));
    }

    [Fact]
    public void Approve_PublishesTheWorkingCopy_WithEveryStamp()
    {
        var item = Submitted();

        var version = item.Approve(Later, "shenhe");

        Assert.Equal((ServiceItemStatus.Published, 1, Later, Later, "shenhe"), (item.Status, item.PublishedVersion, item.PublishedAt, item.ReviewedAt, item.ReviewedBy));
        Assert.Equal(("最低生活保障申请", "|assistance|theme:civil-affairs|"), (item.PublishedName, item.PublishedTags));
        Assert.False(item.HasUnpublishedChanges);
        Assert.True(item.CanStartRevision());
        Assert.Null(item.ReviewComment);
        Assert.Equal((1, Later, "shenhe", item.Id), (version.Number, version.PublishedAt, version.ApprovedBy, version.ServiceItemId));
        Assert.Equal("只有待审核的办事指南可以审核通过。", Refusal(() => item.Approve(Later, "shenhe")));
        Assert.Equal("只有已发布的事项可以开始修订。", Refusal(() => Draft().StartRevision()));
    }

    [Fact]
    public void Approve_WithoutTheReviewersName_Throws_AndPublishesNothing()
    {
        var item = Submitted();

        Assert.Throws<ArgumentException>(() => item.Approve(Now, " "));
        Assert.False(item.IsPublic);
        Assert.Equal(ServiceItemStatus.Submitted, item.Status);
    }

    [Fact]
    public void Approve_AwaitingTheUnit_IsRefused() =>
        Assert.Equal("只有待审核的办事指南可以审核通过。", Refusal(() => Submitted(unitSignOff: true).Approve(Now, "shenhe")));

    [Fact]
    public void StartRevision_ClearsTheLastComment_AndKeepsThePublicGuide()
    {
        var item = Published();
        item.StartRevision();
        item.Edit(item.Guide with { Hours = "全天" });
        item.Submit(Now, "gaodu", false, "改时间");
        item.Return("再议", Now, "shenhe");
        item.Submit(Now, "gaodu", false, "改时间");
        item.Approve(Now, "shenhe");

        item.StartRevision();

        Assert.Equal((ServiceItemStatus.Draft, 2, true), (item.Status, item.PublishedVersion, item.IsPublic));
        Assert.Null(item.ReviewComment);
        Assert.False(item.HasUnpublishedChanges);
    }

    [Fact]
    public void Submit_RevisionWithChangesAndNote_IsAccepted()
    {
        var item = Published();
        item.StartRevision();
        item.Edit(item.Guide with { Hours = "全天" });

        item.Submit(Now, "gaodu", true, "改时间");

        Assert.Equal((ServiceItemStatus.AwaitingUnitApproval, "改时间"), (item.Status, item.ChangeNote));
    }

    [Fact]
    public void Allowed_EachActorGetsOnlyTheirActions()
    {
        var draft = Draft();
        Assert.Equal(new AllowedServiceItemActions(true, true, false, false, false, false, false, false), draft.Allowed(Clerk));
        Assert.Equal(new AllowedServiceItemActions(false, false, false, false, false, false, false, false), draft.Allowed(Reviewer));

        var waiting = Submitted(unitSignOff: true);
        Assert.Equal(new AllowedServiceItemActions(false, false, false, true, true, false, false, false), waiting.Allowed(Head));
        Assert.Equal(new AllowedServiceItemActions(false, false, true, false, false, false, false, false), waiting.Allowed(Clerk));

        var submitted = Submitted();
        Assert.Equal(new AllowedServiceItemActions(false, false, false, false, false, true, true, false), submitted.Allowed(Reviewer));

        var published = Published();
        Assert.Equal(new AllowedServiceItemActions(false, false, false, false, false, false, false, true), published.Allowed(Clerk));
        Assert.Equal(new AllowedServiceItemActions(false, false, false, false, false, false, false, false), published.Allowed(Head));
        Assert.Throws<ArgumentNullException>(() => draft.Allowed(null!));
    }

    [Fact]
    public void Edit_ReAddingAMaterialOfThePublishedGuide_KeepsItsKey_ARepeatedKeyGetsANewOne()
    {
        var item = Published();
        var published = item.Guide.Materials;
        item.StartRevision();
        item.Edit(item.Guide with { Materials = [published[0]] });
        Assert.Equal([1], item.Guide.Materials.Select(m => m.Key));

        item.Edit(item.Guide with { Materials = [published[0], published[1], published[1] with { Name = "另一份" }] });

        Assert.Equal([1, 2, 3], item.Guide.Materials.Select(m => m.Key));
        Assert.Equal(4, item.NextMaterialKey);
    }

    [Fact]
    public void Edit_TrimsTheName()
    {
        var item = Draft();

        item.Edit(ServiceGuideBuilder.Typical() with { Name = "  低保申请  " });

        Assert.Equal("低保申请", item.Name);
        Assert.Throws<ArgumentNullException>(() => item.Edit(null!));
    }

    [Fact]
    public void Tags_ListLifeEventsThenTheme()
    {
        Assert.Equal("|birth|school|theme:education|", ServiceItem.Tags(ServiceGuideBuilder.Typical() with { LifeEvents = ["birth", "school"], Theme = "education" }));
        Assert.Equal("|theme:other|", ServiceItem.Tags(ServiceGuideBuilder.Typical() with { LifeEvents = [], Theme = "other" }));
        Assert.Equal(("|birth|", "|theme:education|"), (ServiceItem.LifeEventTag("birth"), ServiceItem.ThemeTag("education")));
        Assert.Throws<ArgumentNullException>(() => ServiceItem.Tags(null!));
    }
}
