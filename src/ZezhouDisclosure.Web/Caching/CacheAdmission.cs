namespace ZezhouDisclosure.Web.Caching;

/// <summary>
/// Admits a page to the output cache on its second anonymous request ("cache on second hit", as CDNs offer it): a page
/// rendered once is remembered only by a hash, and stored when the same address is rendered again while the hash is
/// still in the table. A crawler walking 200 000 documents, or a request with a one-off query value, then never fills
/// the store with pages no one asks for again; before, those pages pushed out the popular ones and the store's churn
/// kept the heap 60 MB larger (docs/performance.md, session 12). A popular page costs one extra render.
/// </summary>
/// <remarks>
/// The table is fixed (65 536 hashes, 256 KB) and never allocates: a slot holds the last hash that fell on it, so a
/// collision only makes a page wait for one more request. Hashes are <see cref="string.GetHashCode()"/>, randomised per
/// process, so nobody can craft addresses that admit each other. Races between threads lose at most one sighting.
/// Hand-written because the output cache has no admission policy and no caching library here offers one for it.
/// </remarks>
public sealed class CacheAdmission
{
    private const int Slots = 1 << 16;

    private readonly int[] _seen = new int[Slots];

    /// <summary>
    /// Records a rendering of <paramref name="address"/> and says whether it was rendered before (and is therefore
    /// admitted to the cache now).
    /// </summary>
    public bool SeenBefore(string address)
    {
        var hash = address.GetHashCode(StringComparison.Ordinal);
        if (hash == 0)
        {
            hash = 1; // zero marks an empty slot
        }

        ref var slot = ref _seen[hash & (Slots - 1)];
        if (Volatile.Read(ref slot) == hash)
        {
            return true;
        }

        Volatile.Write(ref slot, hash);
        return false;
    }
}
