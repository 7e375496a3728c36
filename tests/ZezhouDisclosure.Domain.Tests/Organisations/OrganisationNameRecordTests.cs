using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Domain.Tests.Organisations;

/// <summary>名称沿革 records, the name of a day, and the cycle rule of the unit tree: exact values and boundaries.</summary>
public class OrganisationNameRecordTests
{
    [Fact]
    public void New_KeepsTheNamesAndTheLastDay()
    {
        var record = new OrganisationNameRecord(5, "泽州县旅游局", "泽州县旅游局（全称）", new DateOnly(2026, 2, 28));

        Assert.Equal(5, record.OrganisationId);
        Assert.Equal("泽州县旅游局", record.Name);
        Assert.Equal("泽州县旅游局（全称）", record.LegalName);
        Assert.Equal(new DateOnly(2026, 2, 28), record.UsedUntil);
    }

    [Fact]
    public void NameOn_NoEarlierNames_IsTheCurrentName() =>
        Assert.Equal("现名", OrganisationNames.NameOn("现名", [], new DateOnly(2020, 1, 1)));

    [Fact]
    public void NameOn_TheLastDayAndTheDayAfter_SplitExactlyThere()
    {
        (string, DateOnly)[] earlier = [("旧名", new DateOnly(2026, 2, 28))];

        Assert.Equal("旧名", OrganisationNames.NameOn("现名", earlier, new DateOnly(2026, 2, 28)));
        Assert.Equal("现名", OrganisationNames.NameOn("现名", earlier, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void NameOn_EarliestMatchingNameWins_WhateverTheOrderGiven()
    {
        (string, DateOnly)[] earlier = [("中间名", new DateOnly(2025, 6, 30)), ("最早名", new DateOnly(2020, 12, 31)), ("次新名", new DateOnly(2026, 2, 28))];

        Assert.Equal("最早名", OrganisationNames.NameOn("现名", earlier, new DateOnly(2019, 1, 1)));
        Assert.Equal("中间名", OrganisationNames.NameOn("现名", earlier, new DateOnly(2021, 1, 1)));
        Assert.Equal("次新名", OrganisationNames.NameOn("现名", earlier, new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void NameOn_NullList_ThrowsForTheParameter() =>
        Assert.Equal("earlierNames", Assert.Throws<ArgumentNullException>(() => OrganisationNames.NameOn("现名", null!, new DateOnly(2026, 1, 1))).ParamName);

    [Fact]
    public void WouldCycle_UnderItself_IsACycle() =>
        Assert.True(OrganisationHierarchy.WouldCycle(1, 1, _ => null));

    [Fact]
    public void WouldCycle_UnderItsGrandchild_IsACycle()
    {
        var parents = new Dictionary<int, int?> { [3] = 2, [2] = 1, [1] = null };

        Assert.True(OrganisationHierarchy.WouldCycle(1, 3, id => parents.GetValueOrDefault(id)));
    }

    [Fact]
    public void WouldCycle_UnderAnotherBranch_IsNot()
    {
        var parents = new Dictionary<int, int?> { [3] = 9, [9] = null, [1] = 9 };

        Assert.False(OrganisationHierarchy.WouldCycle(1, 3, id => parents.GetValueOrDefault(id)));
    }

    [Fact]
    public void WouldCycle_NullLookup_ThrowsForTheParameter() =>
        Assert.Equal("parentOf", Assert.Throws<ArgumentNullException>(() => OrganisationHierarchy.WouldCycle(1, 2, null!)).ParamName);
}
