using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// A merged unit's open 征求意见 (not yet published, or published with the 采纳情况 still to publish) go to its
/// successor, which moderates and answers the comments; their files and comments follow them, their period stays as it is.
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
        var comments = await db.ConsultationComments.Where(c => ids.Contains(c.ConsultationId)).ToListAsync(cancellationToken);
        comments.ForEach(c => c.FollowConsultation(open.First(o => o.Id == c.ConsultationId)));
        return open.Count == 0 ? null : $"未完成的征求意见 {open.Count} 项";
    }
}
