using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>One unit for its administration page: facts, name history, parent, successor and what could succeed it.</summary>
public sealed record GetOrganisationAdminQuery(int Id) : IQuery<OrganisationAdmin>;

public sealed record OrganisationAdmin(
    int Id, int Version, string Slug, string Name, string OfficialName, OrganisationKind Kind, string IndexCode,
    DateOnly? ValidFrom, DateOnly? ValidTo, DateOnly? MergedOn, string? ParentName, string? SuccessorName,
    IReadOnlyList<(string Name, string? LegalName, DateOnly UsedUntil)> EarlierNames,
    IReadOnlyList<(int Id, string Name)> PossibleSuccessors)
{
    public string KindName => OrganisationRules.KindName(Kind);

    public bool IsRetired => ValidTo is not null;
}

public sealed class GetOrganisationAdminHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetOrganisationAdminQuery, OrganisationAdmin>
{
    public async ValueTask<OrganisationAdmin> Handle(GetOrganisationAdminQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Organisations.Manage, "只有管理员或县政务公开办可以管理单位。");
        var o = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("单位不存在。");
        var parent = o.ParentId is int p ? await db.Organisations.AsNoTracking().Where(x => x.Id == p).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var successor = o.SuccessorId is int s ? await db.Organisations.AsNoTracking().Where(x => x.Id == s).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var names = (await db.OrganisationNameRecords.AsNoTracking().Where(r => r.OrganisationId == o.Id).OrderByDescending(r => r.UsedUntil)
            .Select(r => new { r.Name, r.LegalName, r.UsedUntil }).ToListAsync(cancellationToken))
            .Select(r => (r.Name, r.LegalName, r.UsedUntil)).ToList();
        var villageLevel = o.IsVillageLevel;
        var candidates = (await db.Organisations.AsNoTracking()
                .Where(x => x.Id != o.Id && x.ValidTo == null)
                .OrderBy(x => x.SortOrder).ThenBy(x => x.Id)
                .Select(x => new { x.Id, x.Name, x.Kind }).ToListAsync(cancellationToken))
            .Where(x => x.Kind == o.Kind || (villageLevel && x.Kind is OrganisationKind.Village or OrganisationKind.Community))
            .Select(x => (x.Id, x.Name)).ToList();
        return new OrganisationAdmin(o.Id, o.Version, o.Slug, o.Name, o.OfficialName, o.Kind, o.IndexCode, o.ValidFrom, o.ValidTo, o.MergedOn,
            parent, successor, names, candidates);
    }
}

/// <summary>Units that can be chosen as a parent (current townships), for the add form.</summary>
public sealed record ListParentOptionsQuery : IQuery<IReadOnlyList<(int Id, string Name)>>;

public sealed class ListParentOptionsHandler(IAppDbContext db) : IQueryHandler<ListParentOptionsQuery, IReadOnlyList<(int Id, string Name)>>
{
    public async ValueTask<IReadOnlyList<(int Id, string Name)>> Handle(ListParentOptionsQuery query, CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Township && o.ValidTo == null)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
        .Select(o => (o.Id, o.Name)).ToList();
}
