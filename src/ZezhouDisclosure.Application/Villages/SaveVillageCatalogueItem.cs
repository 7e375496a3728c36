using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>
/// Adds a row to a village's 公开事项清单 (<paramref name="ItemId"/> null) or edits one: the township adapts the
/// template of six focus areas for each of its villages, and a village's own 信息员 may adapt its own. Audited.
/// </summary>
public sealed record SaveVillageCatalogueItemCommand(
    int VillageId, int? ItemId, string? Area, string? Item, string? Content, string? Timing, string? Channel, int SortOrder) : ICommand<int>;

public sealed class SaveVillageCatalogueItemValidator : AbstractValidator<SaveVillageCatalogueItemCommand>
{
    public SaveVillageCatalogueItemValidator()
    {
        RuleFor(x => x.Area).NotEmpty().WithMessage("请填写领域，如“村级财务”。").MaximumLength(DataLimits.ShortText).WithMessage($"领域不能超过{DataLimits.ShortText}个字。");
        RuleFor(x => x.Item).NotEmpty().WithMessage("请填写公开事项。").MaximumLength(DataLimits.Name).WithMessage($"公开事项不能超过{DataLimits.Name}个字。");
        RuleFor(x => x.Content).MaximumLength(DataLimits.Summary).WithMessage($"公开内容不能超过{DataLimits.Summary}个字。");
        RuleFor(x => x.Timing).MaximumLength(DataLimits.Name).WithMessage($"公开时限不能超过{DataLimits.Name}个字。");
        RuleFor(x => x.Channel).MaximumLength(DataLimits.Name).WithMessage($"公开方式不能超过{DataLimits.Name}个字。");
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 10_000).WithMessage("排序号应在0至10000之间。");
    }
}

public sealed class SaveVillageCatalogueItemHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<SaveVillageCatalogueItemCommand, int>
{
    public async ValueTask<int> Handle(SaveVillageCatalogueItemCommand command, CancellationToken cancellationToken)
    {
        var village = await VillageAccess.VillageAsync(db, command.VillageId, cancellationToken);
        VillageAccess.RequireWriter(currentUser, village);
        var channel = string.IsNullOrWhiteSpace(command.Channel) ? VillageCatalogueTemplate.DefaultChannel : command.Channel;
        VillageCatalogueItem item;
        string action;
        if (command.ItemId is int itemId)
        {
            // The list is public as a whole, so the filter shows every village's rows: the village must match.
            item = await db.VillageCatalogueItems.FirstOrDefaultAsync(i => i.Id == itemId && i.OrganisationId == village.Id, cancellationToken)
                ?? throw new NotFoundException("公开事项不存在。");
            item.Edit(command.Area!, command.Item!, command.Content ?? "", command.Timing ?? "", channel);
            item.Reorder(command.SortOrder);
            action = "修改";
        }
        else
        {
            item = new VillageCatalogueItem(village.Id, command.Area!, command.Item!, command.Content ?? "", command.Timing ?? "", channel, command.SortOrder);
            db.VillageCatalogueItems.Add(item);
            action = "新增";
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Audit(VillageAuditActions.EditCatalogue, "VillageCatalogueItem", item.Id.ToString(CultureInfo.InvariantCulture), village.Id,
            $"{action}{village.Name}公开事项清单：{item.Area} · {item.Item}");
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }
}
