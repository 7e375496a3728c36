namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>
/// Holds small, expensive-to-compute facts that public pages read on every request: list totals (共 N 条), the column
/// tree, the home page's figures. Everything in it is dropped as soon as a change to public content commits on this
/// node (it listens like the output cache), and every entry expires after a short time so that a change made on
/// another web node is seen within that time. Rows of a list or a document's content are never cached here: pages
/// still read them from the database.
/// </summary>
public interface IPublicReadCache
{
    /// <summary>
    /// The cached value of <paramref name="key"/>, or the value <paramref name="create"/> reads now (and stores unless
    /// public content changed while it was being read).
    /// </summary>
    ValueTask<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken);
}
