using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>联合发文: the names of joint issuing organisations, in the order they were chosen.</summary>
internal static class JointIssuers
{
    public static async Task<IReadOnlyList<string>> NamesAsync(IAppDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return ids.Select(id => names.TryGetValue(id, out var name) ? name : Organisations.OrganisationDirectory.RevokedUnitName).ToList();
    }
}
