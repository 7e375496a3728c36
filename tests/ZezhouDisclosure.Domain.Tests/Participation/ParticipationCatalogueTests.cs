using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Domain.Tests.Participation;

/// <summary>A unit's 公众参与事项目录: the year's bounds, its rules and items, review like a document.</summary>
public class ParticipationCatalogueTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly DateTime Now = new(2026, 12, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly ParticipationRules Rules = new(" 范围 ", " 方式 ", " 渠道 ");
    private static readonly ParticipationItemContent Item = new(" 人居环境整治方案 ", ParticipationMethod.Hearing, " 镇政府 ", " 第二季度 ");

    private static ParticipationCatalogue Draft(params ParticipationItemContent[] items)
    {
        var catalogue = new ParticipationCatalogue(7, 2026, Rules, Today);
        catalogue.Edit(Rules, items);
        return catalogue;
    }

    private static ParticipationCatalogue Submitted()
    {
        var catalogue = Draft(Item);
        catalogue.Submit(Now, "clerk");
        return catalogue;
    }

    [Fact]
    public void New_IsADraftOfItsUnitAndYear_WithTheRulesTrimmed()
    {
        var catalogue = new ParticipationCatalogue(7, 2027, Rules, Today);

        Assert.Equal(7, catalogue.OrganisationId);
        Assert.Equal(2027, catalogue.Year);
        Assert.Equal(ParticipationCatalogueStatus.Draft, catalogue.Status);
        Assert.Equal(("范围", "方式", "渠道"), (catalogue.Scope, catalogue.Methods, catalogue.Channels));
        Assert.True(catalogue.IsEditable);
        Assert.False(catalogue.IsPublic);
        Assert.False(catalogue.CanReview());
        Assert.Empty(catalogue.Items);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2028)]
    public void New_YearOutsideFirstYearToNextYear_IsRefused(int year)
    {
        var ex = Assert.Throws<DomainException>(() => new ParticipationCatalogue(7, year, Rules, Today));

        Assert.Equal("年度须在 2020 年至 2027 年之间。", ex.Message);
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2027)]
    public void New_YearOnTheBounds_IsAccepted(int year) =>
        Assert.Equal(year, new ParticipationCatalogue(7, year, Rules, Today).Year);

    [Theory]
    [InlineData(" ", "方式", "渠道")]
    [InlineData("范围", "", "渠道")]
    [InlineData("范围", "方式", " ")]
    public void Rules_AnyPartMissing_IsRefused(string scope, string methods, string channels)
    {
        var ex = Assert.Throws<DomainException>(() => new ParticipationCatalogue(7, 2026, new ParticipationRules(scope, methods, channels), Today));

        Assert.Equal("请填写公众参与的范围、方式和渠道。", ex.Message);
    }

    [Fact]
    public void Edit_ReplacesTheItems_NumberedFromOne_Trimmed()
    {
        var catalogue = Draft(Item, Item with { Title = "第二项", Method = ParticipationMethod.Attendance, PlannedTime = " " });

        catalogue.Edit(Rules, [Item with { Title = "唯一一项" }]);

        var item = Assert.Single(catalogue.Items);
        Assert.Equal((1, "唯一一项", ParticipationMethod.Hearing, "镇政府", "第二季度"), (item.Number, item.Title, item.Method, item.Channel, item.PlannedTime));
        Assert.Equal(7, item.OrganisationId);
        var two = Draft(Item, Item with { Title = "第二项", PlannedTime = " " }).Items;
        Assert.Equal([1, 2], two.Select(i => i.Number));
        Assert.Null(two[1].PlannedTime);
    }

    [Fact]
    public void Edit_AnItemWithoutTitleOrChannelOrWithAnUnknownMethod_NamesTheRow()
    {
        Assert.Equal("第 2 个事项未填写决策事项名称。", Assert.Throws<DomainException>(() => Draft(Item, Item with { Title = " " })).Message);
        Assert.Equal("第 1 个事项未填写参与渠道。", Assert.Throws<DomainException>(() => Draft(Item with { Channel = "" })).Message);
        Assert.Equal("第 1 个事项的参与方式无效。", Assert.Throws<DomainException>(() => Draft(Item with { Method = (ParticipationMethod)9 })).Message);
    }

    [Fact]
    public void Edit_MoreThanMaxItems_IsRefused_MaxIsAccepted()
    {
        var max = Enumerable.Repeat(Item, ParticipationCatalogue.MaxItems).ToArray();

        Assert.Equal(ParticipationCatalogue.MaxItems, Draft(max).Items.Count);
        var ex = Assert.Throws<DomainException>(() => Draft([.. max, Item]));
        Assert.Equal("一个目录最多 100 个事项。", ex.Message);
    }

    [Fact]
    public void Submit_WithoutItems_IsRefused_WithItems_AwaitsTheCountyOffice()
    {
        var empty = Draft();

        var ex = Assert.Throws<DomainException>(() => empty.Submit(Now, "clerk"));
        var catalogue = Submitted();

        Assert.Equal("参与事项目录至少须列出一个决策事项。", ex.Message);
        Assert.Equal(ParticipationCatalogueStatus.Draft, empty.Status);
        Assert.Equal(ParticipationCatalogueStatus.Submitted, catalogue.Status);
        Assert.Equal((Now, "clerk"), (catalogue.SubmittedAt, catalogue.SubmittedBy));
        Assert.True(catalogue.CanReview());
        Assert.False(catalogue.IsEditable);
        Assert.Equal("只有草稿或已退回的参与事项目录可以修改。", Assert.Throws<DomainException>(() => catalogue.Edit(Rules, [Item])).Message);
        Assert.Equal("只有草稿或已退回的参与事项目录可以提交审核。", Assert.Throws<DomainException>(() => catalogue.Submit(Now, "clerk")).Message);
    }

    [Fact]
    public void Approve_PublishesIt_AndItIsFixed()
    {
        var catalogue = Submitted();

        catalogue.Approve(Now.AddHours(1), "reviewer");

        Assert.Equal(ParticipationCatalogueStatus.Published, catalogue.Status);
        Assert.True(catalogue.IsPublic);
        Assert.Equal((Now.AddHours(1), "reviewer", Now.AddHours(1)), (catalogue.ReviewedAt, catalogue.ReviewedBy, catalogue.PublishedAt));
        Assert.Null(catalogue.ReviewComment);
        Assert.False(catalogue.IsEditable);
        Assert.Equal("只有待审核的参与事项目录可以审核通过。", Assert.Throws<DomainException>(() => catalogue.Approve(Now, "reviewer")).Message);
        Assert.Equal("只有待审核的参与事项目录可以退回。", Assert.Throws<DomainException>(() => catalogue.Return("意见", Now, "reviewer")).Message);
    }

    [Fact]
    public void Return_NeedsAComment_ThenTheClerkMayEditAndResubmit()
    {
        var catalogue = Submitted();

        var ex = Assert.Throws<DomainException>(() => catalogue.Return(" ", Now, "reviewer"));
        catalogue.Return(" 请补充听证事项 ", Now, "reviewer");

        Assert.Equal("退回须填写意见。", ex.Message);
        Assert.Equal(ParticipationCatalogueStatus.Returned, catalogue.Status);
        Assert.Equal(("请补充听证事项", "reviewer", (DateTime?)Now), (catalogue.ReviewComment, catalogue.ReviewedBy, catalogue.ReviewedAt));
        Assert.True(catalogue.IsEditable);
        Assert.False(catalogue.IsPublic);
        catalogue.Edit(Rules, [Item, Item]);
        catalogue.Submit(Now, "clerk");
        Assert.Equal(ParticipationCatalogueStatus.Submitted, catalogue.Status);
        catalogue.Approve(Now, "reviewer");
        Assert.Null(catalogue.ReviewComment);
    }

    [Fact]
    public void Approve_ADraft_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => Draft(Item).Approve(Now, "reviewer"));

        Assert.Equal("只有待审核的参与事项目录可以审核通过。", ex.Message);
    }

    private static ParticipationCatalogue Published()
    {
        var catalogue = Draft(Item, new ParticipationItemContent("集贸市场搬迁", ParticipationMethod.Forum, "镇政府", null));
        catalogue.Submit(Now, "clerk");
        catalogue.Approve(Now, "reviewer");
        return catalogue;
    }

    [Fact]
    public void Amend_Published_OpensTheNextVersionAsADraftCopy_WithTheReason_LeavingThePublishedOneAsItIs()
    {
        var published = Published();

        var amendment = published.Amend(" 新增听证事项 ");

        Assert.Equal(ParticipationCatalogueStatus.Draft, amendment.Status);
        Assert.Equal((7, 2026, 2, published.Id), (amendment.OrganisationId, amendment.Year, amendment.Revision, amendment.AmendsId!.Value));
        Assert.Equal("新增听证事项", amendment.AmendmentReason);
        Assert.True(amendment.IsAmendment);
        Assert.True(amendment.IsEditable);
        Assert.Equal(("范围", "方式", "渠道"), (amendment.Scope, amendment.Methods, amendment.Channels));
        Assert.Equal(
            [(1, "人居环境整治方案", ParticipationMethod.Hearing, "镇政府", (string?)"第二季度"), (2, "集贸市场搬迁", ParticipationMethod.Forum, "镇政府", null)],
            amendment.Items.Select(i => (i.Number, i.Title, i.Method, i.Channel, i.PlannedTime)));
        Assert.Null(amendment.PublishedAt);
        Assert.Equal(ParticipationCatalogueStatus.Published, published.Status);
        Assert.Equal(1, published.Revision);
        Assert.False(published.IsAmendment);
    }

    [Fact]
    public void Amend_WithoutAReason_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => Published().Amend("  "));

        Assert.Equal("调整目录须填写调整原因。", ex.Message);
    }

    [Fact]
    public void Amend_NotPublished_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => Submitted().Amend("原因"));

        Assert.Equal("只有已发布的现行参与事项目录可以调整。", ex.Message);
    }

    [Fact]
    public void Supersede_ByItsPublishedAmendment_KeepsItPublicButMarkedSuperseded()
    {
        var published = Published();
        var amendment = published.Amend("原因");
        amendment.Submit(Now, "clerk");
        amendment.Approve(Now.AddDays(3), "reviewer");

        published.Supersede(amendment, Now.AddDays(3));

        Assert.Equal(ParticipationCatalogueStatus.Superseded, published.Status);
        Assert.Equal(Now.AddDays(3), published.SupersededAt);
        Assert.True(published.IsPublic);
        Assert.False(published.IsEditable);
        Assert.Equal("只有已发布的现行参与事项目录可以调整。", Assert.Throws<DomainException>(() => published.Amend("再调整")).Message);
        Assert.Equal("该参与事项目录已不是现行版本。", Assert.Throws<DomainException>(() => published.Supersede(amendment, Now)).Message);
    }

    [Fact]
    public void Supersede_ByAnAmendmentNotYetPublished_IsRefused()
    {
        var published = Published();
        var amendment = published.Amend("原因");
        amendment.Submit(Now, "clerk");

        var ex = Assert.Throws<DomainException>(() => published.Supersede(amendment, Now));

        Assert.Equal("只有已发布的调整稿可以取代原目录。", ex.Message);
        Assert.Equal(ParticipationCatalogueStatus.Published, published.Status);
        Assert.Null(published.SupersededAt);
    }
}
