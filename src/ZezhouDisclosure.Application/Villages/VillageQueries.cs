using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>The villages the signed-in staff member acts for (a township's, or a village's own; county-wide: all).</summary>
public sealed record ListMyVillagesQuery : IQuery<IReadOnlyList<VillageSummary>>;

public sealed class ListMyVillagesHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<ListMyVillagesQuery, IReadOnlyList<VillageSummary>>
{
    public async ValueTask<IReadOnlyList<VillageSummary>> Handle(ListMyVillagesQuery query, CancellationToken cancellationToken)
    {
        var scope = currentUser.RecordScope();
        var organisations = db.Organisations.AsQueryable();
        if (!scope.IsCountyWide)
        {
            var ids = scope.OrganisationIds.ToList();
            organisations = organisations.Where(o => ids.Contains(o.Id));
        }

        return await VillageProjection.Villages(db, organisations).ToListAsync(cancellationToken);
    }
}

/// <summary>A village's back-office page: its postings (every status the reader may see) and its 公开事项清单.</summary>
public sealed record GetVillageWorkspaceQuery(int VillageId) : IQuery<VillageWorkspace>;

public sealed record VillageWorkspace(VillageSummary Village, IReadOnlyList<VillagePostingRow> Postings, IReadOnlyList<VillageCatalogueRow> Catalogue, bool CanWrite, bool CanManage);

public sealed class GetVillageWorkspaceHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetVillageWorkspaceQuery, VillageWorkspace>
{
    public async ValueTask<VillageWorkspace> Handle(GetVillageWorkspaceQuery query, CancellationToken cancellationToken)
    {
        var scope = currentUser.RecordScope();
        if (!scope.Includes(query.VillageId))
        {
            throw new NotFoundException("村（居）不存在。");
        }

        var village = await VillageProjection.Villages(db, db.Organisations.Where(o => o.Id == query.VillageId)).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("村（居）不存在。");
        var postings = await VillageProjection.Rows(db, db.VillagePostings.AsNoTracking().Where(p => p.OrganisationId == village.Id))
            .ToListAsync(cancellationToken);
        var canWrite = currentUser.IsInRole(Roles.Clerk) && !currentUser.IsCountyWide() && RolePermissions.GrantedToAny(currentUser.IsInRole, Permissions.Villages.Write);
        var canManage = canWrite && currentUser.OrganisationId == village.TownshipId;
        return new VillageWorkspace(village, postings, await VillageCatalogueQueries.RowsAsync(db, village.Id, cancellationToken), canWrite, canManage);
    }
}

/// <summary>Submitted postings of the township's villages, waiting for its review.</summary>
public sealed record ListVillagePostingsToReviewQuery : IQuery<IReadOnlyList<VillagePostingRow>>;

public sealed class ListVillagePostingsToReviewHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListVillagePostingsToReviewQuery, IReadOnlyList<VillagePostingRow>>
{
    public async ValueTask<IReadOnlyList<VillagePostingRow>> Handle(ListVillagePostingsToReviewQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.IsOrganisationStaff() || currentUser.OrganisationId is not int townshipId)
        {
            return [];
        }

        var villages = db.Organisations.Where(o => o.ParentId == townshipId).Select(o => o.Id);
        return await VillageProjection.Rows(db, db.VillagePostings.AsNoTracking()
                .Where(p => p.Status == VillagePostingStatus.Submitted && villages.Contains(p.OrganisationId)), newestFirst: false)
            .ToListAsync(cancellationToken);
    }
}

/// <summary>One posting for the back-office (any status in the reader's scope) or the public (published only).</summary>
public sealed record GetVillagePostingQuery(int Id, bool PublishedOnly) : IQuery<VillagePostingDetails>;

public sealed class GetVillagePostingHandler(IAppDbContext db) : IQueryHandler<GetVillagePostingQuery, VillagePostingDetails>
{
    public async ValueTask<VillagePostingDetails> Handle(GetVillagePostingQuery query, CancellationToken cancellationToken)
    {
        var posting = await db.VillagePostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
        if (posting is null || (query.PublishedOnly && posting.Status != VillagePostingStatus.Published))
        {
            throw new NotFoundException("村（居）务公开不存在。");
        }

        var village = await VillageProjection.Villages(db, db.Organisations.Where(o => o.Id == posting.OrganisationId)).FirstAsync(cancellationToken);
        var attachments = await db.VillagePostingAttachments.AsNoTracking().Where(a => a.PostingId == posting.Id).OrderBy(a => a.Id)
            .Select(a => new VillageAttachmentRow(a.Id, a.FileName, a.Size)).ToListAsync(cancellationToken);
        return new VillagePostingDetails(posting.Id, posting.Version, village, posting.Title, posting.Body, posting.Category, posting.PeriodKind,
            posting.PeriodStart, posting.NoticeFrom, posting.NoticeTo, posting.ObjectionContact, posting.Status, posting.ReturnReason,
            posting.PublishedAt, attachments);
    }
}

/// <summary>A posting's file (public when the posting is published; otherwise for the village's writers and township).</summary>
public sealed record GetVillageAttachmentQuery(int PostingId, int AttachmentId) : IQuery<VillageAttachmentFile>;

public sealed record VillageAttachmentFile(string FileName, string ContentType, Stream Content);

public sealed class GetVillageAttachmentHandler(IAppDbContext db, IAttachmentStore store) : IQueryHandler<GetVillageAttachmentQuery, VillageAttachmentFile>
{
    public async ValueTask<VillageAttachmentFile> Handle(GetVillageAttachmentQuery query, CancellationToken cancellationToken)
    {
        var attachment = await db.VillagePostingAttachments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == query.AttachmentId && a.PostingId == query.PostingId, cancellationToken)
            ?? throw new NotFoundException("附件不存在。");
        return new VillageAttachmentFile(attachment.FileName, attachment.ContentType, store.OpenRead(attachment.StorageKey));
    }
}

/// <summary>The public list of a township's villages and communities (村（居）务公开).</summary>
public sealed record ListTownshipVillagesQuery(string TownshipSlug) : IQuery<TownshipVillages>;

public sealed record TownshipVillages(int TownshipId, string TownshipName, string TownshipSlug, IReadOnlyList<VillageSummary> Villages);

public sealed class ListTownshipVillagesHandler(IAppDbContext db) : IQueryHandler<ListTownshipVillagesQuery, TownshipVillages>
{
    public async ValueTask<TownshipVillages> Handle(ListTownshipVillagesQuery query, CancellationToken cancellationToken)
    {
        var township = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == query.TownshipSlug && o.Kind == OrganisationKind.Township, cancellationToken)
            ?? throw new NotFoundException("您访问的乡镇不存在。");
        var villages = await VillageProjection.Villages(db, db.Organisations.Where(o => o.ParentId == township.Id)).ToListAsync(cancellationToken);
        return new TownshipVillages(township.Id, township.Name, township.Slug, villages);
    }
}

/// <summary>A village's public page: its 公开事项清单 and published postings (newest period first).</summary>
public sealed record GetVillagePageQuery(string TownshipSlug, string VillageSlug) : IQuery<VillagePage>;

public sealed class GetVillagePageHandler(IAppDbContext db) : IQueryHandler<GetVillagePageQuery, VillagePage>
{
    public async ValueTask<VillagePage> Handle(GetVillagePageQuery query, CancellationToken cancellationToken)
    {
        var village = await VillageProjection.Villages(db, db.Organisations.Where(o => o.Slug == query.VillageSlug
                    && db.Organisations.Any(t => t.Id == o.ParentId && t.Slug == query.TownshipSlug)))
                .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("您访问的村（居）不存在。");
        var postings = await VillageProjection.Rows(db, db.VillagePostings.AsNoTracking()
                .Where(p => p.OrganisationId == village.Id && p.Status == VillagePostingStatus.Published))
            .Take(200).ToListAsync(cancellationToken);
        return new VillagePage(village, await VillageCatalogueQueries.RowsAsync(db, village.Id, cancellationToken), postings);
    }
}

/// <summary>The published postings of a village for one period, for its 公示 sheet.</summary>
public sealed record GetVillagePeriodSheetQuery(int VillageId, VillagePeriodKind PeriodKind, int Year, int Number) : IQuery<VillagePeriodSheet>;

public sealed record VillagePeriodSheet(VillageSummary Village, VillagePeriod Period, IReadOnlyList<VillagePostingDetails> Postings);

public sealed class GetVillagePeriodSheetHandler(IAppDbContext db, ISender sender) : IQueryHandler<GetVillagePeriodSheetQuery, VillagePeriodSheet>
{
    public async ValueTask<VillagePeriodSheet> Handle(GetVillagePeriodSheetQuery query, CancellationToken cancellationToken)
    {
        VillagePeriod period;
        try
        {
            period = VillagePeriod.Create(query.PeriodKind, query.Year, query.Number, null);
        }
        catch (Domain.Common.DomainException ex)
        {
            throw new NotFoundException(ex.Message);
        }

        var village = await VillageProjection.Villages(db, db.Organisations.Where(o => o.Id == query.VillageId)).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("村（居）不存在。");
        var ids = await db.VillagePostings.AsNoTracking()
            .Where(p => p.OrganisationId == village.Id && p.Status == VillagePostingStatus.Published
                        && p.PeriodStart >= period.Start && p.PeriodStart <= period.End)
            .OrderBy(p => p.PeriodStart).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        var postings = new List<VillagePostingDetails>();
        foreach (var id in ids)
        {
            postings.Add(await sender.Send(new GetVillagePostingQuery(id, true), cancellationToken));
        }

        return new VillagePeriodSheet(village, period, postings);
    }
}

internal static class VillageCatalogueQueries
{
    public static async Task<IReadOnlyList<VillageCatalogueRow>> RowsAsync(IAppDbContext db, int villageId, CancellationToken cancellationToken) =>
        await db.VillageCatalogueItems.AsNoTracking().Where(i => i.OrganisationId == villageId).OrderBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select(i => new VillageCatalogueRow(i.Id, i.Area, i.Item, i.Content, i.Timing, i.Channel, i.SortOrder)).ToListAsync(cancellationToken);
}
