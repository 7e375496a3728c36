using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// A clerk of the area's responsible department adds (<paramref name="ItemId"/> null) or changes a template row;
/// each change raises the template's revision. Returns the new revision.
/// </summary>
public sealed record SaveTemplateItemCommand(int PilotAreaId, int Version, int? ItemId, CatalogueItemFields Fields) : ICommand<int>;

public sealed class SaveTemplateItemValidator : AbstractValidator<SaveTemplateItemCommand>
{
    public SaveTemplateItemValidator() => RuleFor(x => x.Fields).SetValidator(new CatalogueItemFieldsValidator());
}

public sealed class SaveTemplateItemHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<SaveTemplateItemCommand, int>
{
    public async ValueTask<int> Handle(SaveTemplateItemCommand command, CancellationToken cancellationToken)
    {
        await db.RequireResponsibleClerkAsync(currentUser, command.PilotAreaId, cancellationToken);
        var template = await db.CatalogueTemplates.Include(t => t.Items)
            .FirstOrDefaultAsync(t => t.PilotAreaId == command.PilotAreaId, cancellationToken) ?? throw new NotFoundException();
        var content = command.Fields.ToContent();
        db.ExpectVersion(template, command.Version);
        if (command.ItemId is int id)
        {
            template.EditItem(id, content);
        }
        else
        {
            template.AddItem(content);
        }

        db.Audit(CatalogueAuditActions.SaveTemplateItem, nameof(CatalogueTemplate), template.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null, $"标准指引第{template.Revision}版：{(command.ItemId is null ? "新增" : "修改")}事项“{content.Level1}／{content.Level2}”");
        await db.SaveChangesAsync(cancellationToken);
        return template.Revision;
    }
}
