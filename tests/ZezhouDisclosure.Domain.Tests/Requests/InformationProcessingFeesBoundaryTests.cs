using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Domain.Tests.Requests;

/// <summary>The first and last piece or page of each 信息处理费 band, and what cannot be counted.</summary>
public class InformationProcessingFeesBoundaryTests
{
    [Theory]
    [InlineData(50, 300)]
    [InlineData(60, 400)]
    [InlineData(61, 500)]
    public void PricePerPiece_EachBandOfTenCostsOneHundredMore(int piece, int expected) =>
        Assert.Equal(expected, InformationProcessingFees.PricePerPiece(piece));

    [Fact]
    public void PricePerPiece_PieceZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InformationProcessingFees.PricePerPiece(0));

    [Theory]
    [InlineData(10, 1, 100)] // the eleventh piece of the month
    [InlineData(30, 1, 200)]
    [InlineData(5, 0, 0)]
    public void ByPiece_OnTheBandEdges(int earlier, int pieces, int expected) =>
        Assert.Equal(expected, InformationProcessingFees.ByPiece(earlier, pieces));

    [Theory]
    [InlineData(-1, 0)] // nothing new, but the month's count cannot be negative
    [InlineData(0, -1)]
    public void ByPiece_NegativeCounts_Throw(int earlier, int pieces) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InformationProcessingFees.ByPiece(earlier, pieces));

    [Theory]
    [InlineData(101, 720)]
    [InlineData(201, 2740)]
    public void ByQuantity_FirstPageOfABand_IsChargedAtThatBandsRate(int pages, int expected) =>
        Assert.Equal(expected, InformationProcessingFees.ByQuantity(pages));

    [Fact]
    public void ByQuantity_NegativePages_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InformationProcessingFees.ByQuantity(-1));

    [Fact]
    public void FreeAllowances_AreTenPiecesAMonthAndThirtyPages()
    {
        Assert.Equal(10, InformationProcessingFees.FreePiecesPerMonth);
        Assert.Equal(30, InformationProcessingFees.FreePages);
    }
}
