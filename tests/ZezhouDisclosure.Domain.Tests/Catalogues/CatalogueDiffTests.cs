using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Domain.Tests.Catalogues;

public class CatalogueDiffTests
{
    [Fact]
    public void Compare_TwoVersions_FindsAddedRemovedAndChanged()
    {
        var kept = Rows.Item("综合业务", "监督检查");
        var changed = Rows.Item("最低生活保障", "审核信息");
        var removed = Rows.Item("特困人员救助供养", "审核信息");
        var added = Rows.Item("临时救助", "审核审批信息");
        ComparableItem Row(CatalogueItemContent c, bool notInvolved = false) => new("社会救助", c, notInvolved);

        var changes = CatalogueDiff.Compare(
            [Row(kept), Row(changed), Row(removed)],
            [Row(kept), Row(changed with { Subject = "高都镇人民政府" }), Row(added)]);

        Assert.Equal(3, changes.Count);
        var change = Assert.Single(changes, c => c.Kind == CatalogueChangeKind.Changed);
        Assert.Equal(["公开主体"], change.ChangedColumns);
        Assert.Equal("临时救助", Assert.Single(changes, c => c.Kind == CatalogueChangeKind.Added).Item.Level1);
        Assert.Equal("特困人员救助供养", Assert.Single(changes, c => c.Kind == CatalogueChangeKind.Removed).Item.Level1);
    }

    [Fact]
    public void Compare_SameNamesInDifferentAreas_AreDifferentItems()
    {
        var row = Rows.Item("政策文件", "规范性文件");

        var changes = CatalogueDiff.Compare([new("义务教育", row)], [new("社会救助", row)]);

        Assert.Equal([CatalogueChangeKind.Added, CatalogueChangeKind.Removed], changes.Select(c => c.Kind));
    }

    [Fact]
    public void Compare_RowMarkedNotInvolved_IsChanged()
    {
        var row = Rows.Item();

        var change = Assert.Single(CatalogueDiff.Compare([new("社会救助", row)], [new("社会救助", row, true)]));

        Assert.Equal(["未涉及"], change.ChangedColumns);
    }

    [Fact]
    public void Compare_SecondRowWithSameKey_CountsAsAdded()
    {
        var row = Rows.Item("临时救助", "办事指南");
        ComparableItem Row(CatalogueItemContent c) => new("社会救助", c);

        var changes = CatalogueDiff.Compare([Row(row)], [Row(row), Row(row with { Content = "救助对象名单" })]);

        var change = Assert.Single(changes);
        Assert.Equal(CatalogueChangeKind.Added, change.Kind);
        Assert.Equal("救助对象名单", change.Item.Content);
    }

    [Fact]
    public void Compare_DuplicateKeyRowsDropped_EachCountsAsRemoved()
    {
        var row = Rows.Item("临时救助", "办事指南");
        ComparableItem Row(CatalogueItemContent c) => new("社会救助", c);

        var changes = CatalogueDiff.Compare([Row(row), Row(row), Row(row with { Subject = "县民政局" })], [Row(row)]);

        Assert.Equal([CatalogueChangeKind.Removed, CatalogueChangeKind.Removed], changes.Select(c => c.Kind));
        Assert.Equal("县民政局", changes[1].Item.Subject);
    }

    [Fact]
    public void Compare_DuplicateKeyRowsBothChanged_AreTwoChanges()
    {
        var row = Rows.Item("临时救助", "办事指南");
        ComparableItem Row(CatalogueItemContent c) => new("社会救助", c);

        var changes = CatalogueDiff.Compare([Row(row), Row(row)], [Row(row with { Subject = "甲" }), Row(row with { Subject = "乙" })]);

        Assert.Equal(2, changes.Count(c => c.Kind == CatalogueChangeKind.Changed));
    }
}
