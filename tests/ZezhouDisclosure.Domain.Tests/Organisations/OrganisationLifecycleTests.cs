using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Domain.Tests.Organisations;

/// <summary>Organisations as living data: renames with their history, merges, retirement and the unit tree.</summary>
public class OrganisationLifecycleTests
{
    private static Organisation Unit(int id, string name, OrganisationKind kind = OrganisationKind.Department)
    {
        var unit = new Organisation("u" + id, name, kind, "C" + id, 1);
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(unit, id);
        return unit;
    }

    [Fact]
    public void ChangeName_KeepsTheOldNameUntilTheDayBefore()
    {
        var unit = Unit(1, "泽州县旅游局");

        var record = unit.ChangeName("泽州县文化和旅游局", null, new DateOnly(2026, 3, 1));

        Assert.NotNull(record);
        Assert.Equal("泽州县旅游局", record.Name);
        Assert.Equal(new DateOnly(2026, 2, 28), record.UsedUntil);
        Assert.Equal(1, record.OrganisationId);
        Assert.Equal("泽州县文化和旅游局", unit.Name);
    }

    [Fact]
    public void ChangeName_SameName_RecordsNothing()
    {
        var unit = Unit(1, "泽州县教育局");

        Assert.Null(unit.ChangeName(" 泽州县教育局 ", null, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void ChangeName_LegalNameOnly_IsRecordedToo()
    {
        var unit = Unit(1, "高都镇", OrganisationKind.Township);
        unit.SetLegalName("泽州县高都镇人民政府");

        var record = unit.ChangeName("高都镇", "泽州县高都镇人民政府（新）", new DateOnly(2026, 3, 1));

        Assert.NotNull(record);
        Assert.Equal("泽州县高都镇人民政府", record.LegalName);
        Assert.Equal("泽州县高都镇人民政府（新）", unit.OfficialName);
    }

    [Fact]
    public void ChangeName_BlankOrBeforeTheUnitExisted_Refused()
    {
        var unit = Unit(1, "泽州县数据局");
        unit.SetValidity(new DateOnly(2025, 1, 1), null, null);

        Assert.Throws<DomainException>(() => unit.ChangeName(" ", null, new DateOnly(2026, 1, 1)));
        Assert.Throws<DomainException>(() => unit.ChangeName("新名", null, new DateOnly(2025, 1, 1)));
        Assert.Equal("泽州县数据局", unit.Name);
    }

    [Theory]
    [InlineData(2026, 2, 27, "泽州县旅游局")]
    [InlineData(2026, 2, 28, "泽州县旅游局")]
    [InlineData(2026, 3, 1, "泽州县文化和旅游局")]
    [InlineData(2024, 1, 1, "泽州县文物旅游局")]
    [InlineData(2025, 6, 30, "泽州县文物旅游局")]
    [InlineData(2025, 7, 1, "泽州县旅游局")]
    public void NameOn_ADocumentPublishedBeforeARename_ShowsTheNameOfItsDay(int year, int month, int day, string expected)
    {
        var earlier = new[] { ("泽州县旅游局", new DateOnly(2026, 2, 28)), ("泽州县文物旅游局", new DateOnly(2025, 6, 30)) };

        Assert.Equal(expected, OrganisationNames.NameOn("泽州县文化和旅游局", earlier, new DateOnly(year, month, day)));
    }

    [Fact]
    public void MergeInto_RetiresTheDayBeforeAndRedirectsToTheSuccessor()
    {
        var lizhai = Unit(1, "李寨乡", OrganisationKind.Township);
        var nanling = Unit(2, "南岭镇", OrganisationKind.Township);

        lizhai.MergeInto(nanling, new DateOnly(2021, 2, 1));

        Assert.Equal(new DateOnly(2021, 1, 31), lizhai.ValidTo);
        Assert.Equal(2, lizhai.SuccessorId);
        Assert.Equal(new DateOnly(2021, 2, 1), lizhai.MergedOn);
        Assert.True(lizhai.IsRetired);
        Assert.True(Organisation.RedirectsToSuccessor(lizhai.MergedOn, lizhai.SuccessorId));
    }

    [Fact]
    public void MergeInto_RetiredSuccessor_Refused()
    {
        var unit = Unit(1, "甲局");
        var retired = Unit(2, "乙局");
        retired.Retire(new DateOnly(2025, 12, 31));

        var ex = Assert.Throws<DomainException>(() => unit.MergeInto(retired, new DateOnly(2026, 1, 1)));

        Assert.Contains("已撤销", ex.Message, StringComparison.Ordinal);
        Assert.Null(unit.ValidTo);
        Assert.Null(unit.SuccessorId);
    }

    [Fact]
    public void MergeInto_ItselfOrWhenAlreadyRetired_Refused()
    {
        var unit = Unit(1, "甲局");
        var other = Unit(2, "乙局");

        Assert.Throws<DomainException>(() => unit.MergeInto(unit, new DateOnly(2026, 1, 1)));
        unit.Retire(new DateOnly(2025, 12, 31));
        Assert.Throws<DomainException>(() => unit.MergeInto(other, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void MergeInto_BeforeTheSuccessorExisted_Refused()
    {
        var unit = Unit(1, "甲局");
        var successor = Unit(2, "乙局");
        successor.SetValidity(new DateOnly(2026, 6, 1), null, null);

        Assert.Throws<DomainException>(() => unit.MergeInto(successor, new DateOnly(2026, 5, 31)));
        unit.MergeInto(successor, new DateOnly(2026, 6, 1));
        Assert.Equal(new DateOnly(2026, 5, 31), unit.ValidTo);
    }

    [Fact]
    public void Retire_SetsTheLastDayOnce()
    {
        var unit = Unit(1, "甲局");
        unit.SetValidity(new DateOnly(2020, 1, 1), null, null);

        Assert.Throws<DomainException>(() => unit.Retire(new DateOnly(2019, 12, 31)));
        unit.Retire(new DateOnly(2026, 1, 31));

        Assert.Equal(new DateOnly(2026, 1, 31), unit.ValidTo);
        Assert.False(unit.IsActiveOn(new DateOnly(2026, 2, 1)));
        Assert.Null(unit.MergedOn);
        Assert.False(Organisation.RedirectsToSuccessor(unit.MergedOn, unit.SuccessorId));
        Assert.Throws<DomainException>(() => unit.Retire(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void RecordEarlierMerge_OnlyForARetiredUnitWithASuccessor()
    {
        var plain = Unit(1, "甲乡", OrganisationKind.Township);
        Assert.Throws<DomainException>(plain.RecordEarlierMerge);

        var lizhai = Unit(2, "李寨乡", OrganisationKind.Township);
        lizhai.SetValidity(null, new DateOnly(2021, 1, 31), 3);
        lizhai.RecordEarlierMerge();

        Assert.Equal(new DateOnly(2021, 2, 1), lizhai.MergedOn);
    }

    [Fact]
    public void MoveUnder_VillageNeedsATownship()
    {
        var village = Unit(1, "高都村", OrganisationKind.Village);
        var department = Unit(2, "泽州县教育局");
        var township = Unit(3, "高都镇", OrganisationKind.Township);

        Assert.Throws<DomainException>(() => village.MoveUnder(null, _ => null));
        Assert.Throws<DomainException>(() => village.MoveUnder(department, _ => null));
        village.MoveUnder(township, _ => null);

        Assert.Equal(3, village.ParentId);
        Assert.True(village.IsVillageLevel);
    }

    [Fact]
    public void MoveUnder_RetiredParent_Refused()
    {
        var village = Unit(1, "宋泉村", OrganisationKind.Village);
        var township = Unit(2, "南岭乡", OrganisationKind.Township);
        township.Retire(new DateOnly(2021, 1, 31));

        Assert.Throws<DomainException>(() => village.MoveUnder(township, _ => null));
    }

    [Fact]
    public void MoveUnder_AParentThatWouldMakeACycle_Refused()
    {
        var a = Unit(1, "甲");
        var b = Unit(2, "乙");
        var parents = new Dictionary<int, int?> { [1] = null, [2] = 1 };

        var ex = Assert.Throws<DomainException>(() => a.MoveUnder(b, id => parents.GetValueOrDefault(id)));
        Assert.Contains("下级", ex.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => a.MoveUnder(a, id => parents.GetValueOrDefault(id)));
        Assert.Null(a.ParentId);
    }

    [Fact]
    public void WouldCycle_ALoopAlreadyInTheData_IsReportedNotFollowedForever()
    {
        var parents = new Dictionary<int, int?> { [2] = 3, [3] = 2 };

        Assert.True(OrganisationHierarchy.WouldCycle(1, 2, id => parents.GetValueOrDefault(id)));
        Assert.False(OrganisationHierarchy.WouldCycle(1, 4, _ => null));
    }
}
