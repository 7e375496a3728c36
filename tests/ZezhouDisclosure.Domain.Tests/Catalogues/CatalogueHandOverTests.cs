using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.Domain.Tests.Catalogues;

/// <summary>A merged township's 标准目录 working copy goes to its successor only while it was never approved.</summary>
public class CatalogueHandOverTests
{
    [Fact]
    public void HandOverTo_Draft_MovesToTheSuccessor()
    {
        var catalogue = new TownshipCatalogue(7);

        catalogue.HandOverTo(9);

        Assert.Equal(9, catalogue.OrganisationId);
        Assert.Equal(CatalogueStatus.Draft, catalogue.Status);
    }

    [Fact]
    public void HandOverTo_Approved_RefusedAndStays()
    {
        var catalogue = new TownshipCatalogueBuilder().Approved().Build();
        var owner = catalogue.OrganisationId;

        Assert.Equal("只有未审定的目录工作稿可以移交。", Assert.Throws<DomainException>(() => catalogue.HandOverTo(owner + 1)).Message);
        Assert.Equal(owner, catalogue.OrganisationId);
    }
}
