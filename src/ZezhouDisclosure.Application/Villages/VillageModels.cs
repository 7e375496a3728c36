using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>A 村（居） with its township.</summary>
public sealed record VillageSummary(
    int Id, string Slug, string Name, OrganisationKind Kind, string Code, string? ContactName, string? Phone,
    int TownshipId, string TownshipName, string TownshipSlug, DateOnly? ValidTo)
{
    public string KindName => Kind == OrganisationKind.Community ? "社区" : "村";
}

/// <summary>A village posting in a list.</summary>
public sealed record VillagePostingRow(
    int Id, int VillageId, string VillageName, string Title, VillagePostingCategory Category, VillagePeriodKind PeriodKind,
    DateOnly PeriodStart, VillagePostingStatus Status, DateOnly NoticeFrom, DateOnly NoticeTo, DateTime? PublishedAt)
{
    public string PeriodLabel => new VillagePeriod(PeriodKind, PeriodStart).Label;

    public string CategoryName => VillageLabels.Of(Category);

    public string StatusName => VillageLabels.Of(Status);
}

/// <summary>One posting with everything its page and its 公示 sheet show.</summary>
public sealed record VillagePostingDetails(
    int Id, int Version, VillageSummary Village, string Title, string Body, VillagePostingCategory Category,
    VillagePeriodKind PeriodKind, DateOnly PeriodStart, DateOnly NoticeFrom, DateOnly NoticeTo, string? ObjectionContact,
    VillagePostingStatus Status, string? ReturnReason, DateTime? PublishedAt, IReadOnlyList<VillageAttachmentRow> Attachments)
{
    public VillagePeriod Period => new(PeriodKind, PeriodStart);

    public string CategoryName => VillageLabels.Of(Category);

    public string StatusName => VillageLabels.Of(Status);

    public bool CanEdit => Status is VillagePostingStatus.Draft or VillagePostingStatus.Returned;
}

public sealed record VillageAttachmentRow(int Id, string FileName, long Size);

/// <summary>One row of a 公开事项清单.</summary>
public sealed record VillageCatalogueRow(int Id, string Area, string Item, string Content, string Timing, string Channel, int SortOrder = 0);

/// <summary>A village's public page: its 公开事项清单 and its published postings.</summary>
public sealed record VillagePage(VillageSummary Village, IReadOnlyList<VillageCatalogueRow> Catalogue, IReadOnlyList<VillagePostingRow> Postings);

public static class VillageLabels
{
    public static string Of(VillagePostingCategory category) => category switch
    {
        VillagePostingCategory.Affairs => "村务公开",
        VillagePostingCategory.Finance => "财务公开",
        _ => category.ToString(),
    };

    public static string Of(VillagePostingStatus status) => status switch
    {
        VillagePostingStatus.Draft => "草稿",
        VillagePostingStatus.Submitted => "待乡镇审核",
        VillagePostingStatus.Published => "已公开",
        VillagePostingStatus.Returned => "已退回",
        _ => status.ToString(),
    };

    public static string Of(VillagePeriodKind kind) => kind switch
    {
        VillagePeriodKind.Monthly => "按月",
        VillagePeriodKind.Quarterly => "按季度",
        VillagePeriodKind.PerEvent => "一事一公开",
        _ => kind.ToString(),
    };
}

internal static class VillageProjection
{
    /// <summary>
    /// The given organisations that are villages or communities, with their township, in display order. Filter the
    /// organisations before (EF cannot filter on the projected record).
    /// </summary>
    public static IQueryable<VillageSummary> Villages(Common.Abstractions.IAppDbContext db, IQueryable<Organisation> organisations) =>
        from v in organisations.AsNoTracking()
        where v.Kind == OrganisationKind.Village || v.Kind == OrganisationKind.Community
        join t in db.Organisations on v.ParentId equals t.Id
        orderby v.SortOrder, v.Id
        select new VillageSummary(v.Id, v.Slug, v.Name, v.Kind, v.IndexCode, v.ContactName, v.Phone, t.Id, t.Name, t.Slug, v.ValidTo);

    /// <summary>Postings as rows, newest period first (or oldest id first for a to-do list).</summary>
    public static IQueryable<VillagePostingRow> Rows(Common.Abstractions.IAppDbContext db, IQueryable<VillagePosting> postings, bool newestFirst = true)
    {
        var joined = from p in postings
                     join v in db.Organisations on p.OrganisationId equals v.Id
                     select new { p, v };
        joined = newestFirst
            ? joined.OrderByDescending(x => x.p.PeriodStart).ThenByDescending(x => x.p.Id)
            : joined.OrderBy(x => x.p.Id);
        return joined.Select(x => new VillagePostingRow(x.p.Id, x.v.Id, x.v.Name, x.p.Title, x.p.Category, x.p.PeriodKind, x.p.PeriodStart,
            x.p.Status, x.p.NoticeFrom, x.p.NoticeTo, x.p.PublishedAt));
    }
}
