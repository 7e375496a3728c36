using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>A merged unit's open 依申请公开 applications go to its successor, with their statutory clocks unchanged.</summary>
public sealed class RequestMergeHandOver(IAppDbContext db) : IMergeHandOver
{
    public async Task<string?> HandOverAsync(int organisationId, int successorId, CancellationToken cancellationToken)
    {
        var open = (await db.DisclosureRequests.Where(r => r.OrganisationId == organisationId).ToListAsync(cancellationToken))
            .Where(r => !r.IsClosed).ToList();
        open.ForEach(r => r.HandOverTo(successorId));
        return open.Count == 0 ? null : $"未办结申请 {open.Count} 件";
    }
}
