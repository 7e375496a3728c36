namespace ZezhouDisclosure.Application.Common.Models;

public static class PagingExtensions
{
    /// <summary>Counts and fetches one page of an ordered query.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(
        this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = PagedList<T>.NormalisePage(page);
        pageSize = PagedList<T>.NormalisePageSize(pageSize);
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total);
    }
}
