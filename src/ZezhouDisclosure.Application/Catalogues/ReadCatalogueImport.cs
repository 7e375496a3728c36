using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>The preview of a kept upload again (shown when a confirmation is refused, e.g. a duplicate left unanswered).</summary>
public sealed record ReadCatalogueImportQuery(string UploadKey) : IQuery<CatalogueImportPreview>;

public sealed class ReadCatalogueImportHandler(IAppDbContext db, ICurrentUser currentUser, ISpreadsheet spreadsheet, IAttachmentStore store)
    : IQueryHandler<ReadCatalogueImportQuery, CatalogueImportPreview>
{
    public async ValueTask<CatalogueImportPreview> Handle(ReadCatalogueImportQuery query, CancellationToken cancellationToken)
    {
        await db.OwnCatalogueAsync(currentUser, cancellationToken);
        var file = await CatalogueImports.LoadAsync(store, query.UploadKey, cancellationToken);
        return new CatalogueImportPreview(query.UploadKey, await CatalogueImports.ReadAsync(db, spreadsheet, file, cancellationToken));
    }
}
