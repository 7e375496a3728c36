using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Common.Persistence;

/// <summary>
/// The public read path's queries: they ask for published rows themselves (<c>Status == Published</c>, and children by
/// the id of a published parent), which are exactly the rows the organisation-scope filter lets everybody read, so the
/// filter only repeats them. Leaving it out (the soft-delete filter stays) keeps its per-table <c>OR … IN (…)</c> out of
/// the SQL that SQLite prepares on every execution: with the unit names from the read cache it took a fifth to a
/// quarter off an uncached document page's server time (issue 19, docs/performance.md). Use it only on a query whose
/// own conditions select public rows; a test of the page must show that a draft, a not-public document and a deleted
/// one stay 404 (PublicReadScopeTests).
/// </summary>
public static class PublicReads
{
    public static IQueryable<T> PublishedRowsOnly<T>(this IQueryable<T> query)
        where T : class => query.IgnoreQueryFilters([RecordScope.FilterName]);
}
