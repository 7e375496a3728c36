using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// A clerk opens an amendment (调整) of the unit's published 参与事项目录 with a reason: a new draft version of the same
/// year, reviewed again; the published version stays public until the amendment is published. If an amendment of that
/// year is already open, it is the one returned (reopened), not a second. Returns the amendment's id.
/// </summary>
public sealed record AmendParticipationCatalogueCommand(int Id, int Version, string? Reason) : ICommand<int>;

public sealed class AmendParticipationCatalogueValidator : AbstractValidator<AmendParticipationCatalogueCommand>
{
    public AmendParticipationCatalogueValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写调整原因。")
            .MaximumLength(DataLimits.Reason).WithMessage($"调整原因不能超过 {DataLimits.Reason} 字。");
    }
}

public sealed class AmendParticipationCatalogueHandler(IAppDbContext db, ICurrentUser currentUser)
    : ICommandHandler<AmendParticipationCatalogueCommand, int>
{
    public async ValueTask<int> Handle(AmendParticipationCatalogueCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.Edit, "只有信息员可以调整公众参与事项目录。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var catalogue = await ParticipationCatalogueAccess.LoadAsync(db, command.Id, command.Version, cancellationToken);
        if (catalogue.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能调整本单位的参与事项目录。");
        }

        if (catalogue.Version != command.Version)
        {
            throw new ConflictException("该参与事项目录已有变化（可能已被调整），请刷新页面后重新操作。");
        }

        var open = await db.ParticipationCatalogues
            .Where(c => c.OrganisationId == catalogue.OrganisationId && c.Year == catalogue.Year
                && (c.Status == ParticipationCatalogueStatus.Draft || c.Status == ParticipationCatalogueStatus.Submitted
                    || c.Status == ParticipationCatalogueStatus.Returned))
            .Select(c => (int?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (open is int openId)
        {
            return openId;
        }

        var amendment = ConsultationAccess.Guard(() => catalogue.Amend(command.Reason!));
        db.ParticipationCatalogues.Add(amendment);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(ParticipationAuditActions.CatalogueAmend, amendment,
            $"调整 {amendment.Year} 年度公众参与事项目录（第 {amendment.Revision} 版）：{amendment.AmendmentReason}");
        await db.SaveChangesAsync(cancellationToken);
        return amendment.Id;
    }
}
