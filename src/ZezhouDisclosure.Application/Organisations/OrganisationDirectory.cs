using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>
/// Every unit's current name and its earlier names (名称沿革), for pages that name units they do not join:
/// 联合发文机关 and the name a document was published under. Kept in <see cref="IPublicReadCache"/>: a unit or a name
/// record saved is a public change (<see cref="OrganisationContentSource"/>), which empties it. Staff pages use it too
/// (the joint issuers of a document and of its revisions).
/// </summary>
public sealed class OrganisationDirectory
{
    /// <summary>The name shown for a joint issuer that no longer exists.</summary>
    public const string RevokedUnitName = "（已撤销的单位）";

    private const string Key = "organisation-directory";

    private readonly IReadOnlyDictionary<int, string> names;
    private readonly IReadOnlyDictionary<int, IReadOnlyList<(string Name, DateOnly UsedUntil)>> earlierNames;

    public OrganisationDirectory(
        IReadOnlyDictionary<int, string> names, IReadOnlyDictionary<int, IReadOnlyList<(string Name, DateOnly UsedUntil)>> earlierNames)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(earlierNames);
        this.names = names;
        this.earlierNames = earlierNames;
    }

    /// <summary>The directory from the read cache, read in two queries when the cache has none.</summary>
    public static async ValueTask<OrganisationDirectory> GetAsync(IAppDbContext db, IPublicReadCache cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        return await cache.GetOrCreateAsync(Key, async ct =>
        {
            var units = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
            var records = await db.OrganisationNameRecords.AsNoTracking()
                .Select(r => new { r.OrganisationId, r.Name, r.UsedUntil }).ToListAsync(ct);
            return new OrganisationDirectory(
                units,
                records.GroupBy(r => r.OrganisationId)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<(string Name, DateOnly UsedUntil)>)[.. g.Select(r => (r.Name, r.UsedUntil))]));
        }, cancellationToken);
    }

    /// <summary>The names of <paramref name="ids"/> in their order; <see cref="RevokedUnitName"/> for a unit that is gone.</summary>
    public IReadOnlyList<string> Names(IReadOnlyList<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return [.. ids.Select(id => names.TryGetValue(id, out var name) ? name : RevokedUnitName)];
    }

    /// <summary>The earlier names of a unit still in use on <paramref name="day"/> or later (none for most units).</summary>
    public IReadOnlyList<(string Name, DateOnly UsedUntil)> EarlierNames(int organisationId, DateOnly day) =>
        earlierNames.TryGetValue(organisationId, out var records) ? [.. records.Where(r => r.UsedUntil >= day)] : [];
}
