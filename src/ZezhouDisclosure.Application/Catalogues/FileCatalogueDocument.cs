using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>A township clerk files one of the township's documents under a row of its catalogue.</summary>
public sealed record FileCatalogueDocumentCommand(int ItemId, int DocumentId) : ICommand;

public sealed class FileCatalogueDocumentHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<FileCatalogueDocumentCommand>
{
    public async ValueTask<Unit> Handle(FileCatalogueDocumentCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        var item = catalogue.Items.FirstOrDefault(i => i.Id == command.ItemId) ?? throw new NotFoundException();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.DocumentId, cancellationToken)
            ?? throw new NotFoundException();
        if (document.OrganisationId != catalogue.OrganisationId)
        {
            throw new ForbiddenException("只能归档本乡镇的信息。");
        }

        if (await db.CatalogueItemDocuments.AnyAsync(f => f.TownshipCatalogueItemId == item.Id && f.DocumentId == document.Id, cancellationToken))
        {
            throw new ConflictException("该信息已归入此事项。");
        }

        db.CatalogueItemDocuments.Add(new CatalogueItemDocument(
            catalogue.OrganisationId, item.Id, document.Id, time.GetUtcNow().UtcDateTime, currentUser.UserName));
        db.Audit(CatalogueAuditActions.FileDocument, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            $"《{document.Title}》归入事项“{item.Level1}／{item.Level2}”");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
