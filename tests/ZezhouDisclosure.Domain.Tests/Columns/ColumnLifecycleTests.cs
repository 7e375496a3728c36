using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Tests.Columns;

/// <summary>Moving (re-parenting, reordering) and retiring columns; statutory columns are locked.</summary>
public class ColumnLifecycleTests
{
    private static int nextId;

    private static Column Make(Column? parent, string slug, string name = "栏目", int sortOrder = 1)
    {
        var column = new Column(parent, slug, name, ColumnKind.StatutoryCategory, sortOrder, acceptsDocuments: true);
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(column, Interlocked.Increment(ref nextId));
        return column;
    }

    /// <summary>xxgk → fdzdgknr → (gfxwj statutory, xczx custom → xczx/cwgk custom), plus xxgk/zcwj.</summary>
    private static (Column Statutory, Column Regulations, Column Custom, Column Child, Column Policies, List<Column> All) Tree()
    {
        var root = Make(null, "xxgk");
        var statutory = Make(root, "fdzdgknr");
        var regulations = Make(statutory, "gfxwj");
        var custom = Make(statutory, "xczx", "乡村振兴");
        var child = Make(custom, "cwgk", "村务公开");
        var policies = Make(root, "zcwj", "政策文件");
        return (statutory, regulations, custom, child, policies, [root, statutory, regulations, custom, child, policies]);
    }

    [Fact]
    public void IsStatutory_SeededPathsOnly()
    {
        var (statutory, regulations, custom, _, policies, _) = Tree();

        Assert.True(statutory.IsStatutory);
        Assert.True(regulations.IsStatutory);
        Assert.True(policies.IsStatutory);
        Assert.False(custom.IsStatutory);
    }

    [Fact]
    public void MoveUnder_AnotherParent_ChangesItsAndItsDescendantsPathsAndReturnsTheOldOnes()
    {
        var (_, _, custom, child, policies, all) = Tree();

        var moved = custom.MoveUnder(policies, 7, all);

        Assert.Equal("xxgk/zcwj/xczx", custom.Path);
        Assert.Equal("xxgk/zcwj/xczx/cwgk", child.Path);
        Assert.Equal(policies.Id, custom.ParentId);
        Assert.Same(policies, custom.Parent);
        Assert.Equal(2, custom.Depth);
        Assert.Equal(3, child.Depth);
        Assert.Equal(7, custom.SortOrder);
        Assert.Equal([(custom, "xxgk/fdzdgknr/xczx"), (child, "xxgk/fdzdgknr/xczx/cwgk")], moved);
        Assert.Same(custom, child.Parent);
        Assert.Equal(custom.Id, child.ParentId);
    }

    [Fact]
    public void MoveUnder_DeeperParent_AddsTheDepthDifference()
    {
        var (_, regulations, custom, child, _, all) = Tree();
        var other = Make(regulations, "qt");
        all.Add(other);

        custom.MoveUnder(other, 1, all);

        Assert.Equal("xxgk/fdzdgknr/gfxwj/qt/xczx/cwgk", child.Path);
        Assert.Equal(4, custom.Depth);
        Assert.Equal(5, child.Depth);
    }

    [Fact]
    public void MoveUnder_SameParent_OnlyReorders()
    {
        var (statutory, regulations, custom, _, _, all) = Tree();

        var moved = custom.MoveUnder(statutory, 42, all);
        var statutoryMoved = regulations.MoveUnder(statutory, 3, all);

        Assert.Empty(moved);
        Assert.Empty(statutoryMoved);
        Assert.Equal("xxgk/fdzdgknr/xczx", custom.Path);
        Assert.Equal(42, custom.SortOrder);
        Assert.Equal(3, regulations.SortOrder);
    }

    [Fact]
    public void MoveUnder_StatutoryColumnToAnotherParent_Refused()
    {
        var (_, regulations, custom, _, policies, all) = Tree();

        var error = Assert.Throws<DomainException>(() => regulations.MoveUnder(policies, 1, all));

        Assert.Equal("“栏目”是法定栏目，不能移动，只能修改名称、说明和排序。", error.Message);
        Assert.Equal("xxgk/fdzdgknr/gfxwj", regulations.Path);
        Assert.Equal("xxgk/fdzdgknr/xczx", custom.Path);
    }

    [Fact]
    public void MoveUnder_ItselfOrADescendant_Refused()
    {
        var (_, _, custom, child, _, all) = Tree();

        Assert.Equal("不能把栏目移到它自己或它的下级栏目之下。", Assert.Throws<DomainException>(() => custom.MoveUnder(child, 1, all)).Message);
        Assert.Equal("不能把栏目移到它自己或它的下级栏目之下。", Assert.Throws<DomainException>(() => custom.MoveUnder(custom, 1, all)).Message);
        Assert.Equal("xxgk/fdzdgknr/xczx", custom.Path);
    }

    [Fact]
    public void MoveUnder_SiblingPathPrefixIsNotADescendant_Allowed()
    {
        var (statutory, _, custom, _, _, all) = Tree();
        var lookalike = Make(statutory, "xczxb");
        all.Add(lookalike);

        custom.MoveUnder(lookalike, 1, all);

        Assert.Equal("xxgk/fdzdgknr/xczxb/xczx", custom.Path);
    }

    [Fact]
    public void MoveUnder_RetiredParentOrRetiredColumn_Refused()
    {
        var (_, _, custom, child, policies, all) = Tree();
        var archive = Make(policies, "gd", "归档");
        all.Add(archive);
        archive.Retire(new DateOnly(2026, 12, 1), all);

        Assert.Equal("“归档”已停用，不能作为上级栏目。", Assert.Throws<DomainException>(() => custom.MoveUnder(archive, 1, all)).Message);
        child.Retire(new DateOnly(2026, 12, 1), all);
        Assert.Equal("“村务公开”已停用，不能移动。", Assert.Throws<DomainException>(() => child.MoveUnder(policies, 1, all)).Message);
    }

    [Fact]
    public void MoveUnder_ParentWithTheSameSegment_Refused()
    {
        var (_, _, custom, _, policies, all) = Tree();
        all.Add(Make(policies, "xczx"));

        var error = Assert.Throws<DomainException>(() => custom.MoveUnder(policies, 1, all));

        Assert.Equal("“政策文件”下已有网址标识“xczx”的栏目。", error.Message);
    }

    [Fact]
    public void MoveUnder_PathTooLong_RefusedAndNothingChanges()
    {
        var (_, _, custom, child, _, all) = Tree();
        var deep = Make(null, new string('a', DataLimits.Path - "/xczx".Length));
        all.Add(deep);

        var error = Assert.Throws<DomainException>(() => custom.MoveUnder(deep, 1, all));

        Assert.Equal("栏目层级过深，路径过长。", error.Message);
        Assert.Equal("xxgk/fdzdgknr/xczx/cwgk", child.Path);
    }

    [Fact]
    public void MoveUnder_PathExactlyAtTheLimit_Allowed()
    {
        var (_, _, custom, child, _, all) = Tree();
        var deep = Make(null, new string('a', DataLimits.Path - "/xczx/cwgk".Length));
        all.Add(deep);

        custom.MoveUnder(deep, 1, all);

        Assert.Equal(DataLimits.Path, child.Path.Length);
    }

    [Fact]
    public void Retire_CustomLeafColumn_RecordsTheDay()
    {
        var (_, _, _, child, _, all) = Tree();

        child.Retire(new DateOnly(2026, 12, 2), all);

        Assert.Equal(new DateOnly(2026, 12, 2), child.RetiredOn);
        Assert.True(child.IsRetired);
    }

    [Fact]
    public void Retire_StatutoryColumn_Refused()
    {
        var (_, regulations, _, _, _, all) = Tree();

        var error = Assert.Throws<DomainException>(() => regulations.Retire(new DateOnly(2026, 12, 2), all));

        Assert.Equal("“栏目”是法定栏目，不能停用，只能修改名称、说明和排序。", error.Message);
        Assert.False(regulations.IsRetired);
    }

    [Fact]
    public void Retire_WithAChildInUse_RefusedUntilTheChildIsRetired()
    {
        var (_, _, custom, child, _, all) = Tree();

        var error = Assert.Throws<DomainException>(() => custom.Retire(new DateOnly(2026, 12, 2), all));
        child.Retire(new DateOnly(2026, 12, 2), all);
        custom.Retire(new DateOnly(2026, 12, 3), all);

        Assert.Equal("“乡村振兴”下还有在用的栏目，请先停用或移走下级栏目。", error.Message);
        Assert.Equal(new DateOnly(2026, 12, 3), custom.RetiredOn);
    }

    [Fact]
    public void Retire_Twice_RefusedWithTheDay()
    {
        var (_, _, _, child, _, all) = Tree();
        child.Retire(new DateOnly(2026, 3, 4), all);

        var error = Assert.Throws<DomainException>(() => child.Retire(new DateOnly(2026, 12, 2), all));

        Assert.Equal("“村务公开”已于2026年03月04日停用。", error.Message);
        Assert.Equal(new DateOnly(2026, 3, 4), child.RetiredOn);
    }

    [Fact]
    public void FormerPath_Blank_Refused()
    {
        Assert.Throws<DomainException>(() => new ColumnFormerPath(1, " ", DateTime.UtcNow));
        var former = new ColumnFormerPath(3, "xxgk/a", new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(3, former.ColumnId);
        Assert.Equal("xxgk/a", former.Path);
    }

    [Fact]
    public void Restore_RetiredColumn_IsInUseAgainAtItsAddress()
    {
        var (_, _, _, child, _, all) = Tree();
        child.Retire(new DateOnly(2026, 3, 4), all);

        child.Restore(all);

        Assert.Null(child.RetiredOn);
        Assert.False(child.IsRetired);
        Assert.Equal("xxgk/fdzdgknr/xczx/cwgk", child.Path);
    }

    [Fact]
    public void Restore_ColumnInUse_Refused()
    {
        var (_, _, _, child, _, all) = Tree();

        var error = Assert.Throws<DomainException>(() => child.Restore(all));

        Assert.Equal("“村务公开”未停用，无需恢复。", error.Message);
    }

    [Fact]
    public void Restore_UnderARetiredParent_RefusedUntilTheParentIsRestored()
    {
        var (_, _, custom, child, _, all) = Tree();
        child.Retire(new DateOnly(2026, 3, 4), all);
        custom.Retire(new DateOnly(2026, 3, 5), all);

        var error = Assert.Throws<DomainException>(() => child.Restore(all));
        Assert.Equal("上级栏目“乡村振兴”已停用，请先恢复上级栏目。", error.Message);
        Assert.True(child.IsRetired);

        custom.Restore(all);
        child.Restore(all);
        Assert.False(custom.IsRetired);
        Assert.False(child.IsRetired);
    }

    [Fact]
    public void Restore_NullColumns_Throws()
    {
        var (_, _, _, child, _, all) = Tree();
        child.Retire(new DateOnly(2026, 3, 4), all);

        Assert.Throws<ArgumentNullException>(() => child.Restore(null!));
        Assert.True(child.IsRetired);
    }
}
