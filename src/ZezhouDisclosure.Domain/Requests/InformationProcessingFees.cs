namespace ZezhouDisclosure.Domain.Requests;

/// <summary>
/// 信息处理费 by 国办函〔2020〕109号《政府信息公开信息处理费管理办法》: charged only when the number or frequency of
/// applications clearly exceeds a reasonable range (条例第四十二条), either by piece or by quantity, both progressive;
/// one method per application. Amounts in yuan. Pure.
/// </summary>
public static class InformationProcessingFees
{
    /// <summary>按件: pieces of one applicant in one natural month that are free.</summary>
    public const int FreePiecesPerMonth = 10;

    /// <summary>按量: pages of one application that are free.</summary>
    public const int FreePages = 30;

    /// <summary>
    /// The price of the <paramref name="piece"/>-th piece (1-based) of one applicant in one natural month: pieces 1–10
    /// free; 11–30 at 100 yuan; from 31 on, every band of 10 pieces costs 100 yuan more per piece (31–40: 200, 41–50: 300 …).
    /// </summary>
    public static decimal PricePerPiece(int piece)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(piece, 1);
        if (piece <= FreePiecesPerMonth)
        {
            return 0m;
        }

        if (piece <= 30)
        {
            return 100m;
        }

        var band = ((piece - 31) / 10) + 1;
        return 100m + (100m * band);
    }

    /// <summary>
    /// 按件计收 for <paramref name="newPieces"/> pieces, given the <paramref name="earlierPiecesThisMonth"/> the same
    /// applicant already made this natural month (the count is cumulative per month).
    /// </summary>
    public static decimal ByPiece(int earlierPiecesThisMonth, int newPieces)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(earlierPiecesThisMonth);
        ArgumentOutOfRangeException.ThrowIfNegative(newPieces);
        var fee = 0m;
        for (var piece = earlierPiecesThisMonth + 1; piece <= earlierPiecesThisMonth + newPieces; piece++)
        {
            fee += PricePerPiece(piece);
        }

        return fee;
    }

    /// <summary>
    /// 按量计收 for one application of <paramref name="pages"/> pages (paper, e-mailed or copied electronic data):
    /// up to 30 free; 31–100 at 10 yuan; 101–200 at 20 yuan; from 201 at 40 yuan a page.
    /// </summary>
    public static decimal ByQuantity(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        return (Between(pages, 31, 100) * 10m) + (Between(pages, 101, 200) * 20m) + (Between(pages, 201, int.MaxValue) * 40m);
    }

    private static int Between(int pages, int first, int last) => Math.Max(0, Math.Min(pages, last) - first + 1);
}
