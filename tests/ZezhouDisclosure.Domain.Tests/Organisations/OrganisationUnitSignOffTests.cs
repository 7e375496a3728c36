using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Domain.Tests.Organisations;

public class OrganisationUnitSignOffTests
{
    [Theory]
    [InlineData(OrganisationKind.Township, true)]
    [InlineData(OrganisationKind.Department, true)]
    [InlineData(OrganisationKind.CountyOffice, false)]
    [InlineData(OrganisationKind.CountyGovernment, false)]
    public void RequiresUnitSignOff_ByDefault_OnForDepartmentsAndTownships(OrganisationKind kind, bool expected)
    {
        Assert.Equal(expected, new Organisation("x", "某单位", kind, "140525000", 1).RequiresUnitSignOff);
    }

    [Fact]
    public void SetUnitSignOff_OverridesTheDefaultBothWays()
    {
        var township = new Organisation("gaodu", "高都镇", OrganisationKind.Township, "140525107", 1);
        var office = new Organisation("xzfb", "县政府办公室", OrganisationKind.CountyOffice, "140525001", 2);

        township.SetUnitSignOff(false);
        office.SetUnitSignOff(true);

        Assert.False(township.RequiresUnitSignOff);
        Assert.True(office.RequiresUnitSignOff);
    }
}
