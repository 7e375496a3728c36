using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>
/// What the report takes from the portal's own registers: table 二's 行政规范性文件 cells from the unit's published
/// documents (type, 成文日期, 有效性 and its date), table 三 from the 依申请公开 register (<see cref="GetRequestFiguresHandler"/>'s
/// computation), table 四 from the 行政复议/行政诉讼 register; and last year's published report for the cross-checks.
/// </summary>
public static class AnnualReportRegisters
{
    public static async Task<NormativeDocumentCounts> NormativeAsync(IAppDbContext db, int organisationId, int year, CancellationToken cancellationToken)
    {
        var rows = await db.Documents.AsNoTracking()
            .Where(d => d.OrganisationId == organisationId && d.IsNormative && d.Status == DocumentStatus.Published && d.PublishedAt != null)
            .Select(d => new { d.WrittenOn, d.PublishedAt, d.Validity, d.ExpiresOn })
            .ToListAsync(cancellationToken);
        return NormativeDocumentCounts.Compute(year, rows.Select(d =>
        {
            var issued = d.WrittenOn ?? DateOnly.FromDateTime(ChinaTime.ToBeijing(d.PublishedAt!.Value));
            DateOnly? ended = d.Validity == DocumentValidity.Valid ? d.ExpiresOn : d.ExpiresOn ?? issued;
            return new NormativeDocumentInput(issued, ended);
        }));
    }

    public static async Task RefreshAsync(IAppDbContext db, AnnualReport report, DateTime now, CancellationToken cancellationToken)
    {
        var normative = await NormativeAsync(db, report.OrganisationId, report.Year, cancellationToken);
        var figures = await GetRequestFiguresHandler.ComputeAsync(db, report.OrganisationId, report.Year, cancellationToken);
        var cases = await db.AppealCases.AsNoTracking().Where(c => c.OrganisationId == report.OrganisationId).ToListAsync(cancellationToken);
        report.Refresh(normative, RequestTable.From(figures), AppealTable.From(report.Year, cases), now);
    }

    /// <summary>The unit's current published report of the year before, as the cross-checks read it.</summary>
    public static async Task<PreviousReportFacts?> PreviousAsync(IAppDbContext db, int organisationId, int year, CancellationToken cancellationToken)
    {
        var previous = await db.AnnualReports.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && r.Year == year - 1 && r.Status == AnnualReportStatus.Published)
            .OrderByDescending(r => r.Edition)
            .FirstOrDefaultAsync(cancellationToken);
        return previous is null
            ? null
            : new PreviousReportFacts(previous.Year, previous.Table3, previous.Text.OverviewText, previous.Problems ?? "");
    }

    /// <summary>A report the user may work on (the organisation filter hides other units' drafts: 404).</summary>
    public static async Task<AnnualReport> LoadAsync(IAppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.AnnualReports.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new NotFoundException("年度报告不存在。");

    /// <summary>The clerk of the report's own unit.</summary>
    public static void RequireOwnClerk(ICurrentUser currentUser, AnnualReport report)
    {
        currentUser.Require(Permissions.AnnualReports.Draft, "只有本单位信息员可以编写年度报告。");
        if (currentUser.RequireClerkOrganisation() != report.OrganisationId)
        {
            throw new ForbiddenException("只能编写本单位的年度报告。");
        }
    }

    /// <summary>
    /// Runs a step of the entity and turns its refusal (a failing cross-check, a step the state does not allow) into a
    /// conflict, so the form seam shows the page again with the Chinese reason and nothing typed is lost.
    /// </summary>
    public static void Step(Action step)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            step();
        }
        catch (DomainException e)
        {
            throw new ConflictException(e.Message);
        }
    }

    /// <summary>As <see cref="Step(Action)"/>, for a step that returns something.</summary>
    public static T Step<T>(Func<T> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            return step();
        }
        catch (DomainException e)
        {
            throw new ConflictException(e.Message);
        }
    }

    public static string Title(string organisationName, AnnualReport report) =>
        $"{organisationName}{report.Year}年政府信息公开工作年度报告" + (report.Edition > 1 ? $"（更正版，第{report.Edition}版）" : "");
}
