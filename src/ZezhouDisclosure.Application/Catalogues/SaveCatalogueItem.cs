using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// A township clerk edits a row (<paramref name="ItemId"/> set) or adds a local row to an area, or to the township's
/// common items when <paramref name="PilotAreaId"/> is null. <paramref name="Version"/> is the catalogue's version the
/// edit form was built from (required to edit a row): when somebody changed the catalogue since, the save is refused
/// (ConflictException) and nothing is overwritten. Returns the row id.
/// </summary>
public sealed record SaveCatalogueItemCommand(int? ItemId, int? PilotAreaId, int? Version, CatalogueItemFields Fields) : ICommand<int>;

public sealed class SaveCatalogueItemValidator : AbstractValidator<SaveCatalogueItemCommand>
{
    public SaveCatalogueItemValidator()
    {
        RuleFor(x => x.Fields).SetValidator(new CatalogueItemFieldsValidator());
        RuleFor(x => x.Version).NotNull().When(x => x.ItemId is not null).WithMessage("表单缺少版本信息，请重新打开后再保存。");
    }
}

public sealed class SaveCatalogueItemHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<SaveCatalogueItemCommand, int>
{
    public async ValueTask<int> Handle(SaveCatalogueItemCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        var content = command.Fields.ToContent();
        db.Touch(catalogue);
        if (command.ItemId is int id)
        {
            db.ExpectVersion(catalogue, command.Version ?? 0); // no version: refused as stale, never saved blindly
            catalogue.EditItem(id, content);
            db.Audit(CatalogueAuditActions.EditItem, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
                $"修改事项“{content.Level1}／{content.Level2}”");
            await db.SaveChangesAsync(cancellationToken);
            return id;
        }

        var item = catalogue.AddLocalItem(command.PilotAreaId, content);
        db.Audit(CatalogueAuditActions.AddItem, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            $"新增本地事项“{content.Level1}／{content.Level2}”");
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }
}
