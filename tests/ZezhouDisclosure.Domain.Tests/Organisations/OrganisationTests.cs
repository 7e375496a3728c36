using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Domain.Tests.Organisations;

public class OrganisationTests
{
    [Fact]
    public void IsActiveOn_MergedTownship_ActiveOnlyUntilItsLastDay()
    {
        var lizhai = new Organisation("lizhaixiang", "李寨乡", OrganisationKind.Township, "140525203", 1);
        lizhai.SetValidity(null, new DateOnly(2021, 1, 31), 42);

        Assert.True(lizhai.IsActiveOn(new DateOnly(2020, 7, 31)));
        Assert.True(lizhai.IsActiveOn(new DateOnly(2021, 1, 31)));
        Assert.False(lizhai.IsActiveOn(new DateOnly(2021, 2, 1)));
    }

    [Fact]
    public void SetValidity_EndBeforeStart_Throws()
    {
        var town = new Organisation("nanling", "南岭镇", OrganisationKind.Township, "140525115", 1);

        Assert.Throws<DomainException>(() => town.SetValidity(new DateOnly(2021, 2, 1), new DateOnly(2020, 1, 1), null));
    }

    [Fact]
    public void SetTownship_OnADepartment_Throws()
    {
        var department = new Organisation("jyj", "泽州县教育局", OrganisationKind.Department, "140525013", 1);

        Assert.Throws<DomainException>(() => department.SetTownship("镇", null));
    }
}
