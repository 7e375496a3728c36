using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Domain.Tests.Organisations;

/// <summary>Legal names of the units and the 文号 of their notices.</summary>
public class NoticeNumberTests
{
    [Theory]
    [InlineData("高都镇", OrganisationKind.Township, "泽州县高都镇人民政府")]
    [InlineData("川底乡", OrganisationKind.Township, "泽州县川底乡人民政府")]
    [InlineData("泽州县教育局", OrganisationKind.Department, "泽州县教育局")]
    [InlineData("泽州县人民政府办公室", OrganisationKind.CountyOffice, "泽州县人民政府办公室")]
    public void DefaultLegalName_TownshipsGetTheirGovernmentsFullName_OthersKeepTheirs(string name, OrganisationKind kind, string expected) =>
        Assert.Equal(expected, Organisation.DefaultLegalName(name, kind));

    [Fact]
    public void OfficialName_IsTheLegalNameWhenSet_ElseTheName()
    {
        var town = new Organisation("gaodu", "高都镇", OrganisationKind.Township, "140525107", 1);
        Assert.Equal("高都镇", town.OfficialName);

        town.SetLegalName("泽州县高都镇人民政府");
        Assert.Equal("泽州县高都镇人民政府", town.OfficialName);

        town.SetLegalName("  ");
        Assert.Null(town.LegalName);
    }

    [Fact]
    public void Format_FillsYearAndNumber()
    {
        Assert.Equal("高政依申〔2026〕3号", NoticeNumber.Format("高政依申〔{year}〕{n}号", 2026, 3));
        Assert.Equal("教依申12号", NoticeNumber.Format("教依申{n}号", 2026, 12));
    }

    [Theory]
    [InlineData("高政依申〔{year}〕号")]
    [InlineData("高政依申〔{year}〕{n}-{n}号")]
    [InlineData("高政依申〔{yr}〕{n}号")]
    [InlineData("{year}{year}{n}")]
    public void SetNoticeNumberPattern_WithoutExactlyOneNumberOrWithUnknownPlaceholders_IsRefused(string pattern)
    {
        var town = new Organisation("gaodu", "高都镇", OrganisationKind.Township, "140525107", 1);

        Assert.NotNull(NoticeNumber.PatternProblem(pattern));
        Assert.Throws<DomainException>(() => town.SetNoticeNumberPattern(pattern));
    }

    [Fact]
    public void Sequence_CountsFromOne()
    {
        var sequence = new NoticeNumberSequence(1, 2026);

        Assert.Equal(1, sequence.Next());
        Assert.Equal(2, sequence.Next());
    }
}
