using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>
/// A unit is merged into another from a day (撤并): it is retired the day before, its open work (unpublished documents,
/// open 依申请公开 applications) and its villages move to the successor, and its public pages redirect (301) to the
/// successor's. What it published stays its own, with its name, and stays reachable at the document addresses.
/// </summary>
public sealed record MergeOrganisationCommand(int Id, int Version, int? SuccessorId, DateOnly? MergedOn) : ICommand<MergeOutcome>;

/// <summary>What moved to the successor.</summary>
public sealed record MergeOutcome(int Documents, int Requests, int Villages);

public sealed class MergeOrganisationValidator : AbstractValidator<MergeOrganisationCommand>
{
    public MergeOrganisationValidator()
    {
        RuleFor(x => x.SuccessorId).NotNull().WithMessage("请选择合并后的单位。");
        RuleFor(x => x.MergedOn).NotNull().WithMessage("请填写合并日期。");
    }
}

public sealed class MergeOrganisationHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<MergeOrganisationCommand, MergeOutcome>
{
    public async ValueTask<MergeOutcome> Handle(MergeOrganisationCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Organisations.Manage, "只有管理员或县政务公开办可以合并单位。");
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("单位不存在。");
        var successor = await db.Organisations.FirstOrDefaultAsync(o => o.Id == command.SuccessorId, cancellationToken)
            ?? throw new NotFoundException("合并后的单位不存在。");
        db.ExpectVersion(organisation, command.Version);
        if (successor.Kind != organisation.Kind && !(successor.IsVillageLevel && organisation.IsVillageLevel))
        {
            throw new Domain.Common.DomainException("只能合并到同类单位。");
        }

        organisation.MergeInto(successor, command.MergedOn!.Value);

        var documents = await db.Documents.Where(d => d.OrganisationId == organisation.Id).ToListAsync(cancellationToken);
        var open = documents.Where(d => d.IsOpenWork).ToList();
        open.ForEach(d => d.HandOverTo(successor.Id));
        var requests = (await db.DisclosureRequests.Where(r => r.OrganisationId == organisation.Id).ToListAsync(cancellationToken))
            .Where(r => !r.IsClosed).ToList();
        requests.ForEach(r => r.HandOverTo(successor.Id));
        var parents = await OrganisationRules.ParentLookupAsync(db, cancellationToken);
        var villages = await db.Organisations.Where(o => o.ParentId == organisation.Id && o.ValidTo == null).ToListAsync(cancellationToken);
        villages.ForEach(v => v.MoveUnder(successor, parents));

        db.Audit(OrganisationAuditActions.Merge, "Organisation", organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), organisation.Id,
            $"单位合并：{organisation.Name} 自{command.MergedOn:yyyy年MM月dd日}起并入 {successor.Name}；移交未发布信息 {open.Count} 条、未办结申请 {requests.Count} 件、村（居） {villages.Count} 个");
        await db.SaveChangesAsync(cancellationToken);
        return new MergeOutcome(open.Count, requests.Count, villages.Count);
    }
}
