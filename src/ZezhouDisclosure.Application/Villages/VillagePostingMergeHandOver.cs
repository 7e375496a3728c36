using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>A merged village's postings not yet public (and their attachments) go to its successor.</summary>
public sealed class VillagePostingMergeHandOver(IAppDbContext db) : IMergeHandOver
{
    public async Task<string?> HandOverAsync(int organisationId, int successorId, CancellationToken cancellationToken)
    {
        var postings = await db.VillagePostings
            .Where(p => p.OrganisationId == organisationId && p.Status != VillagePostingStatus.Published)
            .ToListAsync(cancellationToken);
        postings.ForEach(p => p.HandOverTo(successorId));
        var ids = postings.Select(p => p.Id).ToList();
        var files = await db.VillagePostingAttachments.Where(a => ids.Contains(a.PostingId)).ToListAsync(cancellationToken);
        files.ForEach(a => a.FollowPosting(postings.First(p => p.Id == a.PostingId)));
        return postings.Count == 0 ? null : $"未公开的村（居）务公开 {postings.Count} 条";
    }
}
