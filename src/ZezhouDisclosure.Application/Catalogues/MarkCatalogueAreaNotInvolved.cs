using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>A township clerk declares that a pilot area does not concern the township (未涉及领域事项说明).</summary>
public sealed record MarkCatalogueAreaNotInvolvedCommand(int PilotAreaId, string? Explanation) : ICommand;

public sealed class MarkCatalogueAreaNotInvolvedValidator : AbstractValidator<MarkCatalogueAreaNotInvolvedCommand>
{
    public MarkCatalogueAreaNotInvolvedValidator()
    {
        RuleFor(x => x.Explanation).NotEmpty().WithMessage("标记为“未涉及”时必须说明理由。")
            .MaximumLength(DataLimits.Reason).WithMessage($"说明不能超过{DataLimits.Reason}个字。");
    }
}

public sealed class MarkCatalogueAreaNotInvolvedHandler(IAppDbContext db, ICurrentUser currentUser)
    : ICommandHandler<MarkCatalogueAreaNotInvolvedCommand>
{
    public async ValueTask<Unit> Handle(MarkCatalogueAreaNotInvolvedCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        var name = await db.PilotAreas.Where(a => a.Id == command.PilotAreaId).Select(a => a.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        catalogue.MarkAreaNotInvolved(command.PilotAreaId, command.Explanation!);
        db.Touch(catalogue);
        db.Audit(CatalogueAuditActions.MarkAreaNotInvolved, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            $"{name}领域标记为未涉及：{command.Explanation}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
