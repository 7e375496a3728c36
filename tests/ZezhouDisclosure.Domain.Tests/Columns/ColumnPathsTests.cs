using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Domain.Tests.Columns;

/// <summary>条例第二十一条: county governments and departments have one list of key matters, 乡（镇） another.</summary>
public class ColumnPathsTests
{
    [Theory]
    [InlineData(ColumnPaths.TownshipKeyMatters, OrganisationKind.Township, true)]
    [InlineData(ColumnPaths.TownshipFundAndLabourRaising, OrganisationKind.Township, true)]
    [InlineData(ColumnPaths.CountyKeyMatters, OrganisationKind.Township, false)]
    [InlineData(ColumnPaths.CountyLandExpropriation, OrganisationKind.Township, false)]
    [InlineData(ColumnPaths.CountyKeyMatters, OrganisationKind.Department, true)]
    [InlineData(ColumnPaths.CountyPublicSecurity, OrganisationKind.CountyGovernment, true)]
    [InlineData(ColumnPaths.TownshipKeyMatters, OrganisationKind.Department, false)]
    [InlineData(ColumnPaths.TownshipHomesteads, OrganisationKind.CountyOffice, false)]
    [InlineData(ColumnPaths.Statutory, OrganisationKind.Township, true)]
    [InlineData(ColumnPaths.Statutory, OrganisationKind.Department, true)]
    [InlineData(ColumnPaths.PolicyDocuments, OrganisationKind.Township, true)]
    public void AppliesTo_Section21Branch_OnlyTheOrganisationsOwnLevel(string path, OrganisationKind kind, bool applies) =>
        Assert.Equal(applies, ColumnPaths.AppliesTo(path, kind));

    [Fact]
    public void AppliesTo_APathThatOnlySharesAPrefix_IsNotInTheBranch() =>
        Assert.True(ColumnPaths.AppliesTo(ColumnPaths.Statutory + "/xzsxx", OrganisationKind.Department));
}
