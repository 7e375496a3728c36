using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Users;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>
/// A unit is merged into another from a day (撤并): it is retired the day before, its villages and its open work move to
/// the successor (each feature's <see cref="IMergeHandOver"/>: unpublished documents, open 依申请公开 applications, 留言 in
/// hand, open 征求意见, unpublished village postings, a 标准目录 working copy never approved …), and its public pages
/// redirect (301) to the successor's. Its staff accounts move to the successor with their roles (what a county office
/// expects when the staff go with the work; an administrator disables any who leave, under 用户管理), each named in the
/// audit, and their sessions end. What it published stays its own, with its name, and stays reachable at the document
/// addresses.
/// </summary>
public sealed record MergeOrganisationCommand(int Id, int Version, int? SuccessorId, DateOnly? MergedOn) : ICommand<MergeOutcome>;

/// <summary>What moved to the successor: the villages, each kind of open work as a phrase (“未发布信息 3 条”), the accounts.</summary>
public sealed record MergeOutcome(int Villages, IReadOnlyList<string> OpenWork, int Accounts);

public sealed class MergeOrganisationValidator : AbstractValidator<MergeOrganisationCommand>
{
    public MergeOrganisationValidator()
    {
        RuleFor(x => x.SuccessorId).NotNull().WithMessage("请选择合并后的单位。");
        RuleFor(x => x.MergedOn).NotNull().WithMessage("请填写合并日期。");
    }
}

public sealed class MergeOrganisationHandler(
    IAppDbContext db, ICurrentUser currentUser, IUserAccounts accounts, IEnumerable<IMergeHandOver> handOvers) : ICommandHandler<MergeOrganisationCommand, MergeOutcome>
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

        var parents = await OrganisationRules.ParentLookupAsync(db, cancellationToken);
        var villages = await db.Organisations.Where(o => o.ParentId == organisation.Id && o.ValidTo == null).ToListAsync(cancellationToken);
        villages.ForEach(v => v.MoveUnder(successor, parents));
        var openWork = new List<string>();
        foreach (var handOver in handOvers)
        {
            if (await handOver.HandOverAsync(organisation.Id, successor.Id, cancellationToken) is { } what)
            {
                openWork.Add(what);
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var moved = await accounts.MoveToOrganisationAsync(organisation.Id, successor.Id, cancellationToken);
        db.Audit(OrganisationAuditActions.Merge, "Organisation", organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), organisation.Id,
            $"单位合并：{organisation.Name} 自{command.MergedOn:yyyy年MM月dd日}起并入 {successor.Name}；移交村（居） {villages.Count} 个"
            + (openWork.Count == 0 ? "，无未完成的工作" : "、" + string.Join("、", openWork)) + "；"
            + (moved.Count == 0 ? "无工作人员账号" : $"工作人员账号转入 {successor.Name}：{string.Join("、", moved)}（原登录已失效）"));
        await db.SaveChangesAsync(cancellationToken);
        return new MergeOutcome(villages.Count, openWork, moved.Count);
    }
}
