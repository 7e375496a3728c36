using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.AnnualReports;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>
/// The public page of a unit's report of a year: the current published edition, or a given edition (a superseded one
/// stays readable, marked 已更正). Anyone may read; drafts are never found.
/// </summary>
public sealed record GetPublishedAnnualReportQuery(int OrganisationId, int Year, int? Edition = null) : IQuery<AnnualReportView>;

public sealed class GetPublishedAnnualReportHandler(IAppDbContext db) : IQueryHandler<GetPublishedAnnualReportQuery, AnnualReportView>
{
    public async ValueTask<AnnualReportView> Handle(GetPublishedAnnualReportQuery query, CancellationToken cancellationToken)
    {
        var reports = db.AnnualReports.AsNoTracking()
            .Where(r => r.OrganisationId == query.OrganisationId && r.Year == query.Year);
        var report = query.Edition is int edition
            ? await reports.FirstOrDefaultAsync(
                r => r.Edition == edition && (r.Status == AnnualReportStatus.Published || r.Status == AnnualReportStatus.Superseded), cancellationToken)
            : await reports.Where(r => r.Status == AnnualReportStatus.Published).OrderByDescending(r => r.Edition).FirstOrDefaultAsync(cancellationToken);
        return report is null
            ? throw new NotFoundException("该年度报告尚未发布。")
            : await AnnualReportViews.BuildAsync(db, report, publicOnly: true, cancellationToken);
    }
}

/// <summary>A unit's published reports (its fixed 年报 column), or every unit's with no organisation, newest year first.</summary>
public sealed record ListPublishedAnnualReportsQuery(int? OrganisationId) : IQuery<IReadOnlyList<PublishedAnnualReport>>;

public sealed record PublishedAnnualReport(int Id, string OrganisationSlug, string OrganisationName, int Year, int Edition, DateTime PublishedAt)
{
    public string Title => $"{OrganisationName}{Year}年政府信息公开工作年度报告";
}

public sealed class ListPublishedAnnualReportsHandler(IAppDbContext db)
    : IQueryHandler<ListPublishedAnnualReportsQuery, IReadOnlyList<PublishedAnnualReport>>
{
    public async ValueTask<IReadOnlyList<PublishedAnnualReport>> Handle(ListPublishedAnnualReportsQuery query, CancellationToken cancellationToken) =>
        await db.AnnualReports.AsNoTracking()
            .Where(r => r.Status == AnnualReportStatus.Published && r.PublishedAt != null)
            .Where(r => query.OrganisationId == null || r.OrganisationId == query.OrganisationId)
            .Join(db.Organisations, r => r.OrganisationId, o => o.Id, (r, o) => new { r, o })
            .OrderByDescending(x => x.r.Year).ThenBy(x => x.o.Kind).ThenBy(x => x.o.SortOrder)
            .Select(x => new PublishedAnnualReport(x.r.Id, x.o.Slug, x.o.Name, x.r.Year, x.r.Edition, x.r.PublishedAt!.Value))
            .ToListAsync(cancellationToken);
}
