using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Domain.Tests.ServiceItems;

/// <summary>Which 标准目录 rows a service item's name suggests for linking (the clerk confirms).</summary>
public class CatalogueServiceMatchTests
{
    [Fact]
    public void Score_RowNamedInTheItem_ScoresContainmentAndSharedPieces() =>
        Assert.Equal(10 + 5, CatalogueServiceMatch.Score("最低生活保障申请", ["最低生活保障", "审核信息", null]));

    [Fact]
    public void Score_TheServicesOwnGuideRow_RanksAboveItsOtherRows()
    {
        var guide = CatalogueServiceMatch.Score("最低生活保障申请", ["最低生活保障", "办事指南", null]);
        var other = CatalogueServiceMatch.Score("最低生活保障申请", ["最低生活保障", "审核信息", null]);

        Assert.Equal(other + CatalogueServiceMatch.GuideRowScore, guide);
    }

    [Fact]
    public void Score_ItemNamedInTheRow_CountsAsContainment() =>
        Assert.Equal(10 + 1, CatalogueServiceMatch.Score("低保", ["城乡低保对象", "审核信息"]));

    [Fact]
    public void Score_UnrelatedGuideRow_GetsNoBonus() =>
        Assert.Equal(0, CatalogueServiceMatch.Score("婚姻登记", ["特困人员救助供养", "办事指南"]));

    [Fact]
    public void Score_PunctuationAndSpacesDoNotCount() =>
        Assert.Equal(
            CatalogueServiceMatch.Score("临时救助申请", ["临时救助"]),
            CatalogueServiceMatch.Score(" 临时救助（申请） ", ["临时 救助"]));

    [Theory]
    [InlineData("临时救助审批", true)]
    [InlineData("救助", true)]
    [InlineData("婚姻登记", false)]
    [InlineData("救", false)]
    public void Suggests_FromTwoSharedPiecesOrContainment(string item, bool expected) =>
        Assert.Equal(expected, CatalogueServiceMatch.Suggests(item, ["临时救助", "救助标准"]));

    [Fact]
    public void Suggests_OneSharedPiece_IsNotEnough() =>
        Assert.False(CatalogueServiceMatch.Suggests("残疾证办理", ["困难残疾人生活补贴"]));

    [Fact]
    public void Score_RowWithoutNames_IsZero()
    {
        Assert.Equal(0, CatalogueServiceMatch.Score("最低生活保障", [null, " ", "X"]));
        Assert.Throws<ArgumentNullException>(() => CatalogueServiceMatch.Score("x", null!));
    }
}
