using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Tests.Catalogues;

public class CatalogueTemplateTests
{
    [Fact]
    public void Changes_EachSavedChange_IsANumberedSnapshotOfTheRowsAsTheyStood()
    {
        var template = Rows.Template();
        template.RecordRevision("初始版本");

        template.AddItem(Rows.Item("临时救助", "办事指南"));
        template.EditItem(template.Items[0].Id, Rows.Item("综合业务", "政策法规文件", DisclosureLevels.County | DisclosureLevels.Township) with { Subject = "县民政局、乡镇人民政府" });
        template.RemoveItem(template.Items[0].Id);

        Assert.Equal([1, 2, 3, 4], template.Revisions.Select(r => r.Revision));
        Assert.Equal(["初始版本", "新增事项“临时救助／办事指南”", "修改事项“综合业务／政策法规文件”", "删除事项“综合业务／政策法规文件”"],
            template.Revisions.Select(r => r.Summary));
        Assert.Equal(3, template.Revisions[0].Items.Count);
        Assert.Equal(4, template.Revisions[1].Items.Count);
        Assert.Equal("乡镇人民政府", template.Revisions[1].Items.Single(i => i.Level2 == "政策法规文件").Subject);
        Assert.Equal("县民政局、乡镇人民政府", template.Revisions[2].Items.Single(i => i.Level2 == "政策法规文件").Subject);
        Assert.DoesNotContain(template.Revisions[3].Items, i => i.Level2 == "政策法规文件");
    }

    [Fact]
    public void EditItem_WithoutAnyDifference_RecordsNoVersion()
    {
        var template = Rows.Template();
        template.RecordRevision("初始版本");

        template.EditItem(template.Items[0].Id, template.Items[0].ToContent());

        Assert.Single(template.Revisions);
        Assert.Equal(1, template.Revision);
    }

    [Fact]
    public void RecordRevision_SameRevisionTwice_IsRejected()
    {
        var template = Rows.Template();
        template.RecordRevision("初始版本");

        Assert.Throws<DomainException>(() => template.RecordRevision("再次记录"));
    }

    [Fact]
    public void Snapshots_TwoVersions_DiffShowsTheChangedColumn()
    {
        var template = Rows.Template();
        template.RecordRevision("初始版本");
        template.EditItem(template.Items[0].Id, template.Items[0].ToContent() with { TimeLimit = "制定或获取信息之日起5个工作日内" });

        var changes = CatalogueDiff.Compare(
            template.Revisions[0].Items.Select(i => new ComparableItem("社会救助", i.ToContent())),
            template.Revisions[1].Items.Select(i => new ComparableItem("社会救助", i.ToContent())));

        var change = Assert.Single(changes);
        Assert.Equal(CatalogueChangeKind.Changed, change.Kind);
        Assert.Equal(["公开时限"], change.ChangedColumns);
    }

    [Fact]
    public void ReplaceSeededRows_UneditedGenericTemplate_WithdrawsOldRowsAndAddsNewOnesInOneRevision()
    {
        var template = new CatalogueTemplate(16, true, "通用结构");
        template.Seed(Rows.Item("政策文件", "法律法规"));
        template.RecordRevision("初始版本");

        var replaced = template.ReplaceSeededRows([Rows.Item("临时救助", "办事指南"), Rows.Item("临时救助", "审核审批信息")], "依据指引", "补充完善");

        Assert.True(replaced);
        Assert.False(template.NeedsCompletion);
        Assert.Equal("依据指引", template.Note);
        Assert.Equal(2, template.Revision);
        Assert.True(template.Items[0].IsWithdrawn);
        Assert.Equal([2, 2, 2], template.Items.Select(i => i.ChangedInRevision));
        Assert.Equal(["办事指南", "审核审批信息"], template.Revisions[1].Items.Select(i => i.Level2));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void ReplaceSeededRows_CompletedOrEditedTemplate_IsLeftAlone(bool needsCompletion, bool edited)
    {
        var template = new CatalogueTemplate(16, needsCompletion, "本县版本");
        template.Seed(Rows.Item("政策文件", "法律法规"));
        template.RecordRevision("初始版本");
        if (edited)
        {
            template.AddItem(Rows.Item("本县事项", "补充"));
        }

        Assert.False(template.ReplaceSeededRows([Rows.Item("临时救助", "办事指南")], "依据指引", "补充完善"));
        Assert.Equal("本县版本", template.Note);
        Assert.DoesNotContain(template.Items, i => i.IsWithdrawn);
    }

    [Fact]
    public void ReplaceSeededRows_NoRows_IsLeftAlone()
    {
        var template = new CatalogueTemplate(16, true, "通用结构");
        template.Seed(Rows.Item("政策文件", "法律法规"));
        template.RecordRevision("初始版本");

        Assert.False(template.ReplaceSeededRows([], "依据指引", "补充完善"));
        Assert.True(template.NeedsCompletion);
    }
}
