using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// A merged township's 标准目录 working copy goes to its successor when it was never approved and the successor has none of
/// its own (an approved catalogue stays the merged township's record).
/// </summary>
public sealed class CatalogueMergeHandOver(IAppDbContext db) : IMergeHandOver
{
    public async Task<string?> HandOverAsync(int organisationId, int successorId, CancellationToken cancellationToken)
    {
        var catalogue = await db.TownshipCatalogues.FirstOrDefaultAsync(c => c.OrganisationId == organisationId, cancellationToken);
        if (catalogue is null
            || catalogue.Status == CatalogueStatus.Approved
            || await db.CatalogueVersions.AnyAsync(v => v.OrganisationId == organisationId, cancellationToken)
            || await db.TownshipCatalogues.AnyAsync(c => c.OrganisationId == successorId, cancellationToken))
        {
            return null;
        }

        catalogue.HandOverTo(successorId);
        return "标准目录工作稿";
    }
}
