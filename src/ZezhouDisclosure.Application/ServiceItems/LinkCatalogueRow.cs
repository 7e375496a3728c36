using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>
/// A clerk links a row of the unit's own 标准目录 (one the item's name suggests, or any other) to one of the unit's
/// 办事指南, so the public catalogue row points at the real guide once it is published. Only the unit's own rows and items.
/// </summary>
public sealed record LinkCatalogueRowCommand(int ServiceItemId, int? CatalogueItemId) : ICommand;

public sealed class LinkCatalogueRowValidator : AbstractValidator<LinkCatalogueRowCommand>
{
    public LinkCatalogueRowValidator() =>
        RuleFor(c => c.CatalogueItemId).NotNull().WithMessage("请选择本单位标准目录中的事项。");
}

public sealed class LinkCatalogueRowHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<LinkCatalogueRowCommand>
{
    public async ValueTask<Unit> Handle(LinkCatalogueRowCommand command, CancellationToken cancellationToken)
    {
        var item = await ServiceItemAccess.ClerkItemAsync(db, currentUser, command.ServiceItemId, cancellationToken);
        var row = await ServiceCatalogueRows.OwnRows(db, item.OrganisationId)
            .Where(r => r.Id == command.CatalogueItemId)
            .Select(r => new { r.Id, r.Number, r.Level1, r.Level2, r.Level3 })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(nameof(command.CatalogueItemId), "请选择本单位标准目录中的事项。")]);
        if (await db.CatalogueServiceLinks.AnyAsync(l => l.ServiceItemId == item.Id && l.TownshipCatalogueItemId == row.Id, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.CatalogueItemId), "该目录事项已关联本办事指南。")]);
        }

        db.CatalogueServiceLinks.Add(new CatalogueServiceLink(item.OrganisationId, row.Id, item.Id, time.GetUtcNow().UtcDateTime, currentUser.UserName));
        db.Audit(ServiceItemAuditActions.LinkCatalogueRow, nameof(ServiceItem), item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), item.OrganisationId,
            $"《{item.Name}》关联标准目录第{row.Number}项“{ServiceCatalogueRows.Label(row.Level1, row.Level2, row.Level3)}”");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
