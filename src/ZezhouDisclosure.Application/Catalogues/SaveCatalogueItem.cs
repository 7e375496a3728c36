using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// A township clerk edits a row (<paramref name="ItemId"/> set) or adds a local row to an area, or to the township's
/// common items when <paramref name="PilotAreaId"/> is null. Returns the row id.
/// </summary>
public sealed record SaveCatalogueItemCommand(int? ItemId, int? PilotAreaId, CatalogueItemFields Fields) : ICommand<int>;

public sealed class SaveCatalogueItemValidator : AbstractValidator<SaveCatalogueItemCommand>
{
    public SaveCatalogueItemValidator() => RuleFor(x => x.Fields).SetValidator(new CatalogueItemFieldsValidator());
}

public sealed class SaveCatalogueItemHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<SaveCatalogueItemCommand, int>
{
    public async ValueTask<int> Handle(SaveCatalogueItemCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        var content = command.Fields.ToContent();
        if (command.ItemId is int id)
        {
            catalogue.EditItem(id, content);
            db.Audit("catalogue.item.edit", nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
                $"修改事项“{content.Level1}／{content.Level2}”");
            await db.SaveChangesAsync(cancellationToken);
            return id;
        }

        var item = catalogue.AddLocalItem(command.PilotAreaId, content);
        db.Audit("catalogue.item.add", nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            $"新增本地事项“{content.Level1}／{content.Level2}”");
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }
}
