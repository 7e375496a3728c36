using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Domain.Tests.Requests;

/// <summary>国办函〔2020〕109号 fee bands.</summary>
public class InformationProcessingFeesTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(51, 400)]
    public void PricePerPiece_FollowsTheMonthlyProgressiveBands(int piece, int expected)
    {
        Assert.Equal(expected, InformationProcessingFees.PricePerPiece(piece));
    }

    [Theory]
    [InlineData(0, 10, 0)] // the first ten of the month are free
    [InlineData(0, 30, 2000)] // 20 × 100
    [InlineData(0, 35, 3000)] // 2000 + 5 × 200
    [InlineData(0, 45, 5500)] // 2000 + 10 × 200 + 5 × 300
    [InlineData(28, 4, 600)] // pieces 29–30 at 100, 31–32 at 200: the month's count is cumulative
    [InlineData(9, 1, 0)]
    public void ByPiece_CountsFromTheApplicantsEarlierPiecesThisMonth(int earlier, int pieces, int expected)
    {
        Assert.Equal(expected, InformationProcessingFees.ByPiece(earlier, pieces));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(150, 1700)] // 700 + 50 × 20
    [InlineData(200, 2700)]
    [InlineData(250, 4700)] // 700 + 2000 + 50 × 40
    public void ByQuantity_FollowsThePageBands(int pages, int expected)
    {
        Assert.Equal(expected, InformationProcessingFees.ByQuantity(pages));
    }
}
