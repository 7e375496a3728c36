using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>One edition of a unit's year, as a list shows it.</summary>
public sealed record AnnualReportEdition(int Id, int Edition, AnnualReportStatus Status, DateTime? PublishedAt);

/// <summary>
/// A report as every rendering reads it (the staff page, the public page, the .docx): who, which year and edition, its
/// texts and tables, and the 更正 history.
/// </summary>
public sealed record AnnualReportView(
    int Id,
    int OrganisationId,
    string OrganisationSlug,
    string OrganisationName,
    string OfficialName,
    OrganisationKind OrganisationKind,
    int Year,
    int Edition,
    AnnualReportStatus Status,
    DateTime? PublishedAt,
    string? CorrectionNote,
    AnnualReportText Text,
    ActiveDisclosureTable Table2,
    RequestTable Table3,
    AppealTable Table4,
    IReadOnlyList<AnnualReportEdition> Editions)
{
    public string Title => $"{OfficialName}{Year}年政府信息公开工作年度报告";

    public DateOnly DueOn => AnnualReportDeadlines.DueOn(OrganisationKind, Year);

    /// <summary>The edition that replaced this one, when it is superseded.</summary>
    public AnnualReportEdition? SupersededBy => Status == AnnualReportStatus.Superseded
        ? Editions.Where(e => e.Edition > Edition && e.Status == AnnualReportStatus.Published).MaxBy(e => e.Edition)
        : null;
}

internal static class AnnualReportViews
{
    public static async Task<AnnualReportView> BuildAsync(IAppDbContext db, AnnualReport report, bool publicOnly, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == report.OrganisationId, cancellationToken);
        var editions = await db.AnnualReports.AsNoTracking()
            .Where(r => r.OrganisationId == report.OrganisationId && r.Year == report.Year)
            .Where(r => !publicOnly || r.Status == AnnualReportStatus.Published || r.Status == AnnualReportStatus.Superseded)
            .OrderBy(r => r.Edition)
            .Select(r => new AnnualReportEdition(r.Id, r.Edition, r.Status, r.PublishedAt))
            .ToListAsync(cancellationToken);
        return new AnnualReportView(
            report.Id, organisation.Id, organisation.Slug, organisation.Name, organisation.OfficialName, organisation.Kind, report.Year,
            report.Edition, report.Status, report.PublishedAt, report.CorrectionNote, report.Text, report.Table2, report.Table3, report.Table4,
            editions);
    }
}
