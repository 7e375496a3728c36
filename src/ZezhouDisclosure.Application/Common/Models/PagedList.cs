namespace ZezhouDisclosure.Application.Common.Models;

/// <summary>One page of a list, with the total so pages can say 共 N 条.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;

    public int TotalPages => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < TotalPages;

    /// <summary>Clamps a requested page number to 1..int.MaxValue/size so bad input never errors.</summary>
    public static int NormalisePage(int page) => Math.Clamp(page, 1, 100_000);

    public static int NormalisePageSize(int pageSize) =>
        pageSize <= 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize);
}
