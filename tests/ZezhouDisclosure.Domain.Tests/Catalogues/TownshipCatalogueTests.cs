using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Catalogues;

public class TownshipCatalogueTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Dictionary<int, string> Names = new() { [16] = "社会救助", [17] = "养老服务" };

    private static TownshipCatalogue WithSocialAssistance() => new TownshipCatalogueBuilder().Build();

    private static TownshipCatalogue Submitted() => new TownshipCatalogueBuilder().Submitted().Build();

    [Fact]
    public void AddArea_Template_InheritsOnlyTownshipLevelRows()
    {
        var catalogue = WithSocialAssistance();

        Assert.Equal(["政策法规文件", "审核信息"], catalogue.Items.Select(i => i.Level2));
        Assert.All(catalogue.Items, i => Assert.False(i.IsLocal));
        Assert.Equal(1, catalogue.Areas.Single().TemplateRevision);
    }

    [Fact]
    public void AddArea_Twice_IsRejected()
    {
        var catalogue = WithSocialAssistance();

        var error = Assert.Throws<DomainException>(() => catalogue.AddArea(Rows.Template()));
        Assert.Equal("该领域已在目录中。", error.Message);
    }

    [Fact]
    public void AddLocalItem_AreaNotAdopted_IsRejected()
    {
        var catalogue = new TownshipCatalogue(7);

        Assert.Throws<DomainException>(() => catalogue.AddLocalItem(17, Rows.Item()));
    }

    [Fact]
    public void AddLocalItem_CommonItems_IsNumberedAfterInheritedRows()
    {
        var catalogue = WithSocialAssistance();

        var item = catalogue.AddLocalItem(null, Rows.Item("概况信息", "乡镇简介"));

        Assert.True(item.IsLocal);
        Assert.Equal(3, item.Number);
    }

    [Fact]
    public void RemoveItem_InheritedRow_IsRejectedInFavourOfNotInvolved()
    {
        var catalogue = WithSocialAssistance();

        var error = Assert.Throws<DomainException>(() => catalogue.RemoveItem(catalogue.Items[0].Id));
        Assert.Contains("未涉及", error.Message);
    }

    [Fact]
    public void MarkItemNotInvolved_WithoutExplanation_IsRejected()
    {
        var catalogue = WithSocialAssistance();

        Assert.Throws<DomainException>(() => catalogue.MarkItemNotInvolved(catalogue.Items[0].Id, "  "));
    }

    [Fact]
    public void MarkAreaNotInvolved_AdoptedArea_DropsItsRowsAndKeepsExplanation()
    {
        var catalogue = WithSocialAssistance();

        catalogue.MarkAreaNotInvolved(16, "本镇无此职责");

        Assert.Empty(catalogue.Items);
        Assert.True(catalogue.Areas.Single().NotInvolved);
        Assert.Equal("本镇无此职责", catalogue.Areas.Single().Explanation);
    }

    [Fact]
    public void Submit_EmptyCatalogue_IsRejected()
    {
        var catalogue = new TownshipCatalogue(7);

        Assert.Throws<DomainException>(() => catalogue.Submit(Now, "clerk"));
    }

    [Fact]
    public void Submit_OnlyNotInvolvedAreas_IsAccepted()
    {
        var catalogue = new TownshipCatalogue(7);
        catalogue.MarkAreaNotInvolved(17, "辖区内无养老机构");

        catalogue.Submit(Now, "clerk");

        Assert.Equal(CatalogueStatus.Submitted, catalogue.Status);
    }

    [Fact]
    public void Edit_WhenSubmitted_IsRejected()
    {
        var catalogue = Submitted();

        var error = Assert.Throws<DomainException>(() => catalogue.AddLocalItem(null, Rows.Item()));
        Assert.Equal("目录已提交审定，不能修改。", error.Message);
    }

    [Fact]
    public void Return_WithoutComment_IsRejected()
    {
        var catalogue = Submitted();

        Assert.Throws<DomainException>(() => catalogue.Return(" ", new Dictionary<int, string>(), Now, "reviewer"));
    }

    [Fact]
    public void Return_Draft_IsRejected()
    {
        var catalogue = WithSocialAssistance();

        Assert.Throws<DomainException>(() => catalogue.Return("请补充", new Dictionary<int, string>(), Now, "reviewer"));
    }

    [Fact]
    public void Return_WithItemComment_KeepsBothCommentsAndAllowsEditing()
    {
        var catalogue = Submitted();
        var item = catalogue.Items[1];

        catalogue.Return("请完善公开依据", new Dictionary<int, string> { [item.Id] = "渠道应含村公示栏" }, Now, "reviewer");

        Assert.Equal(CatalogueStatus.Returned, catalogue.Status);
        Assert.Equal("请完善公开依据", catalogue.ReviewComment);
        Assert.Equal("渠道应含村公示栏", item.ReviewComment);
        Assert.True(catalogue.IsEditable);
    }

    [Fact]
    public void Resubmit_AfterReturn_GoesBackToSubmitted()
    {
        var catalogue = Submitted();
        catalogue.Return("请完善", new Dictionary<int, string>(), Now, "reviewer");

        catalogue.Submit(Now, "clerk");

        Assert.Equal(CatalogueStatus.Submitted, catalogue.Status);
    }

    [Fact]
    public void Approve_Draft_IsRejected()
    {
        var catalogue = WithSocialAssistance();

        Assert.Throws<DomainException>(() => catalogue.Approve(new DateOnly(2026, 12, 1), Names, Now, "reviewer"));
    }

    [Fact]
    public void Approve_Submitted_PublishesNumberedVersionAndClearsComments()
    {
        var catalogue = Submitted();
        catalogue.Return("请完善", new Dictionary<int, string> { [0] = "x" }, Now, "reviewer");
        catalogue.Submit(Now, "clerk");

        var version = catalogue.Approve(new DateOnly(2026, 12, 1), Names, Now, "reviewer");

        Assert.Equal(CatalogueStatus.Approved, catalogue.Status);
        Assert.Equal(1, version.Number);
        Assert.Equal(new DateOnly(2026, 12, 1), version.EffectiveFrom);
        Assert.Equal(7, version.OrganisationId);
        Assert.Equal(["社会救助", "社会救助"], version.Items.Select(i => i.AreaName));
        Assert.Null(catalogue.ReviewComment);
        Assert.All(catalogue.Items, i => Assert.Null(i.ReviewComment));
    }

    [Fact]
    public void StartRevision_Approved_ReopensAndNextApprovalIsVersionTwo()
    {
        var catalogue = Submitted();
        catalogue.Approve(new DateOnly(2026, 12, 1), Names, Now, "reviewer");

        catalogue.StartRevision();
        catalogue.AddLocalItem(16, Rows.Item("临时救助", "审核审批信息"));
        catalogue.Submit(Now, "clerk");
        var second = catalogue.Approve(new DateOnly(2027, 1, 1), Names, Now, "reviewer");

        Assert.Equal(2, second.Number);
        Assert.Equal(3, second.Items.Count);
    }

    [Fact]
    public void StartRevision_Draft_IsRejected()
    {
        Assert.Throws<DomainException>(() => WithSocialAssistance().StartRevision());
    }
}
