using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// A township clerk brings one adopted area up to the template's current revision; local changes are kept and the
/// conflicts are returned for the clerk to check.
/// </summary>
public sealed record RebaseCatalogueAreaCommand(int PilotAreaId) : ICommand<IReadOnlyList<string>>;

public sealed class RebaseCatalogueAreaHandler(IAppDbContext db, ICurrentUser currentUser)
    : ICommandHandler<RebaseCatalogueAreaCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(RebaseCatalogueAreaCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        var template = await db.CatalogueTemplates.AsNoTracking().Include(t => t.Items)
            .FirstOrDefaultAsync(t => t.PilotAreaId == command.PilotAreaId, cancellationToken) ?? throw new NotFoundException();
        var conflicts = catalogue.Rebase(template);
        db.Touch(catalogue);
        db.Audit(CatalogueAuditActions.RebaseArea, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            $"领域（编号{command.PilotAreaId}）更新至标准指引第{template.Revision}版，冲突{conflicts.Count}处");
        await db.SaveChangesAsync(cancellationToken);
        return conflicts;
    }
}
