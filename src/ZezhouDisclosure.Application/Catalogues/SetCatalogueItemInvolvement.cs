using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>A township clerk marks a row 未涉及 with an explanation, or takes the mark back.</summary>
public sealed record SetCatalogueItemInvolvementCommand(int ItemId, bool NotInvolved, string? Explanation) : ICommand;

public sealed class SetCatalogueItemInvolvementValidator : AbstractValidator<SetCatalogueItemInvolvementCommand>
{
    public SetCatalogueItemInvolvementValidator()
    {
        RuleFor(x => x.Explanation).NotEmpty().When(x => x.NotInvolved).WithMessage("标记为“未涉及”时必须说明理由。");
        RuleFor(x => x.Explanation).MaximumLength(DataLimits.Reason).WithMessage($"说明不能超过{DataLimits.Reason}个字。");
    }
}

public sealed class SetCatalogueItemInvolvementHandler(IAppDbContext db, ICurrentUser currentUser)
    : ICommandHandler<SetCatalogueItemInvolvementCommand>
{
    public async ValueTask<Unit> Handle(SetCatalogueItemInvolvementCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        if (command.NotInvolved)
        {
            catalogue.MarkItemNotInvolved(command.ItemId, command.Explanation!);
        }
        else
        {
            catalogue.MarkItemInvolved(command.ItemId);
        }

        db.Touch(catalogue);

        db.Audit(CatalogueAuditActions.SetItemInvolvement, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            command.NotInvolved ? $"事项（编号{command.ItemId}）标记为未涉及：{command.Explanation}" : $"事项（编号{command.ItemId}）取消未涉及");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
