using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>
/// A unit is retired (撤销) with its last day: it can no longer be chosen, and its pages stay readable as an archive.
/// Refused while it still has open work or current villages (merge it instead, so the work has a new owner).
/// </summary>
public sealed record RetireOrganisationCommand(int Id, int Version, DateOnly? LastDay) : ICommand;

public sealed class RetireOrganisationValidator : AbstractValidator<RetireOrganisationCommand>
{
    public RetireOrganisationValidator() =>
        RuleFor(x => x.LastDay).NotNull().WithMessage("请填写撤销日期（最后一天）。");
}

public sealed class RetireOrganisationHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RetireOrganisationCommand>
{
    public async ValueTask<Unit> Handle(RetireOrganisationCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Organisations.Manage, "只有管理员或县政务公开办可以撤销单位。");
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("单位不存在。");
        db.ExpectVersion(organisation, command.Version);
        var openDocuments = (await db.Documents.Where(d => d.OrganisationId == organisation.Id).ToListAsync(cancellationToken)).Count(d => d.IsOpenWork);
        if (openDocuments > 0)
        {
            throw new Domain.Common.DomainException($"“{organisation.Name}”还有 {openDocuments} 条未发布的信息，请先处理或将单位合并到其他单位。");
        }

        if (await db.Organisations.AnyAsync(o => o.ParentId == organisation.Id && o.ValidTo == null, cancellationToken))
        {
            throw new Domain.Common.DomainException($"“{organisation.Name}”下还有未撤销的村（居），请先调整。");
        }

        organisation.Retire(command.LastDay!.Value);
        db.Audit(OrganisationAuditActions.Retire, "Organisation", organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), organisation.Id,
            $"撤销单位：{organisation.Name}，最后一天 {command.LastDay:yyyy年MM月dd日}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
