using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Users;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>
/// A unit is merged into another from a day (撤并): it is retired the day before, its open work (unpublished documents,
/// open 依申请公开 applications, unpublished village postings, a 标准目录 working copy never approved when the successor
/// has none) and its villages move to the successor, and its public pages redirect (301) to the successor's. Its staff
/// accounts move to the successor with their roles (what a county office expects when the staff go with the work; an
/// administrator disables any who leave, under 用户管理), each named in the audit, and their sessions end. What it
/// published stays its own, with its name, and stays reachable at the document addresses.
/// </summary>
public sealed record MergeOrganisationCommand(int Id, int Version, int? SuccessorId, DateOnly? MergedOn) : ICommand<MergeOutcome>;

/// <summary>What moved to the successor.</summary>
public sealed record MergeOutcome(int Documents, int Requests, int Villages, int Accounts = 0, int VillagePostings = 0, bool Catalogue = false);

public sealed class MergeOrganisationValidator : AbstractValidator<MergeOrganisationCommand>
{
    public MergeOrganisationValidator()
    {
        RuleFor(x => x.SuccessorId).NotNull().WithMessage("请选择合并后的单位。");
        RuleFor(x => x.MergedOn).NotNull().WithMessage("请填写合并日期。");
    }
}

public sealed class MergeOrganisationHandler(IAppDbContext db, ICurrentUser currentUser, IUserAccounts accounts) : ICommandHandler<MergeOrganisationCommand, MergeOutcome>
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

        var postings = await db.VillagePostings.Where(p => p.OrganisationId == organisation.Id && p.Status != VillagePostingStatus.Published)
            .ToListAsync(cancellationToken);
        postings.ForEach(p => p.HandOverTo(successor.Id));
        var postingIds = postings.Select(p => p.Id).ToList();
        var files = await db.VillagePostingAttachments.Where(a => postingIds.Contains(a.PostingId)).ToListAsync(cancellationToken);
        files.ForEach(a => a.FollowPosting(postings.First(p => p.Id == a.PostingId)));
        var catalogue = await CatalogueToHandOverAsync(organisation.Id, successor.Id, cancellationToken);
        catalogue?.HandOverTo(successor.Id);
        await db.SaveChangesAsync(cancellationToken);

        var moved = await accounts.MoveToOrganisationAsync(organisation.Id, successor.Id, cancellationToken);
        db.Audit(OrganisationAuditActions.Merge, "Organisation", organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), organisation.Id,
            $"单位合并：{organisation.Name} 自{command.MergedOn:yyyy年MM月dd日}起并入 {successor.Name}；移交未发布信息 {open.Count} 条、未办结申请 {requests.Count} 件、"
            + $"村（居） {villages.Count} 个、未公开的村（居）务公开 {postings.Count} 条{(catalogue is null ? "" : "、标准目录工作稿")}；"
            + (moved.Count == 0 ? "无工作人员账号" : $"工作人员账号转入 {successor.Name}：{string.Join("、", moved)}（原登录已失效）"));
        await db.SaveChangesAsync(cancellationToken);
        return new MergeOutcome(open.Count, requests.Count, villages.Count, moved.Count, postings.Count, catalogue is not null);
    }

    /// <summary>The merged township's 标准目录 working copy, when never approved and the successor has none of its own.</summary>
    private async Task<Domain.Catalogues.TownshipCatalogue?> CatalogueToHandOverAsync(int organisationId, int successorId, CancellationToken cancellationToken)
    {
        var catalogue = await db.TownshipCatalogues.FirstOrDefaultAsync(c => c.OrganisationId == organisationId, cancellationToken);
        return catalogue is null
               || catalogue.Status == Domain.Catalogues.CatalogueStatus.Approved
               || await db.CatalogueVersions.AnyAsync(v => v.OrganisationId == organisationId, cancellationToken)
               || await db.TownshipCatalogues.AnyAsync(c => c.OrganisationId == successorId, cancellationToken)
            ? null
            : catalogue;
    }
}
