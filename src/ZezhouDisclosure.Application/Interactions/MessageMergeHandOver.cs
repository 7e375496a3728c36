using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>
/// A merged unit's 留言 in hand (办理中) are transferred to its successor like a 转办: the same case and the same clock,
/// with the move recorded in the case's routing history. Messages still waiting for triage stay with the county office,
/// which routes them to a unit that exists.
/// </summary>
public sealed class MessageMergeHandOver(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : IMergeHandOver
{
    public async Task<string?> HandOverAsync(int organisationId, int successorId, CancellationToken cancellationToken)
    {
        var inHand = await db.CitizenMessages
            .Where(m => m.OrganisationId == organisationId && m.Status == MessageStatus.Assigned)
            .ToListAsync(cancellationToken);
        var at = time.GetUtcNow().UtcDateTime;
        inHand.ForEach(m => m.Route(successorId, at, currentUser.UserName, "单位合并，移交合并后的单位办理"));
        return inHand.Count == 0 ? null : $"办理中的留言 {inHand.Count} 件";
    }
}
