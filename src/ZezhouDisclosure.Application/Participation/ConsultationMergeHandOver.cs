using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// A merged unit's open 征求意见 (not yet published, or published with the 采纳情况 still to publish) go to its
/// successor, which answers the comments; their files follow them, their period and comments stay as they are.
/// </summary>
public sealed class ConsultationMergeHandOver(IAppDbContext db) : IMergeHandOver
{
    public async Task<string?> HandOverAsync(int organisationId, int successorId, CancellationToken cancellationToken)
    {
        var open = (await db.Consultations.Where(c => c.OrganisationId == organisationId).ToListAsync(cancellationToken))
            .Where(c => c.IsOpenWork).ToList();
        open.ForEach(c => c.HandOverTo(successorId));
        var ids = open.Select(c => c.Id).ToList();
        var files = await db.ConsultationAttachments.Where(a => ids.Contains(a.ConsultationId)).ToListAsync(cancellationToken);
        files.ForEach(a => a.FollowConsultation(open.First(c => c.Id == a.ConsultationId)));
        return open.Count == 0 ? null : $"未完成的征求意见 {open.Count} 项";
    }
}
