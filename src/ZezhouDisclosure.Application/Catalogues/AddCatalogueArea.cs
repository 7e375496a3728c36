using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>A township clerk adopts a pilot area: its template's 乡级 rows are copied into the catalogue.</summary>
public sealed record AddCatalogueAreaCommand(int PilotAreaId) : ICommand;

public sealed class AddCatalogueAreaHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<AddCatalogueAreaCommand>
{
    public async ValueTask<Unit> Handle(AddCatalogueAreaCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        var template = await db.CatalogueTemplates.AsNoTracking().Include(t => t.Items)
            .FirstOrDefaultAsync(t => t.PilotAreaId == command.PilotAreaId, cancellationToken)
            ?? throw new NotFoundException("该领域尚无县级标准指引。");
        var name = await db.PilotAreas.Where(a => a.Id == command.PilotAreaId).Select(a => a.Name).FirstAsync(cancellationToken);
        catalogue.AddArea(template);
        db.Touch(catalogue);
        db.Audit(CatalogueAuditActions.AddArea, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            $"目录加入{name}领域（标准指引第{template.Revision}版）");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
