using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>A merged unit's documents not yet published (drafts, in review, returned, scheduled) go to its successor.</summary>
public sealed class DocumentMergeHandOver(IAppDbContext db) : IMergeHandOver
{
    public async Task<string?> HandOverAsync(int organisationId, int successorId, CancellationToken cancellationToken)
    {
        var open = (await db.Documents.Where(d => d.OrganisationId == organisationId).ToListAsync(cancellationToken))
            .Where(d => d.IsOpenWork).ToList();
        open.ForEach(d => d.HandOverTo(successorId));
        return open.Count == 0 ? null : $"未发布信息 {open.Count} 条";
    }
}
