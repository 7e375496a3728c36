using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.AnnualReports;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>The back-office page of a report: the report, its cross-checks and what the user may do with it.</summary>
public sealed record GetAnnualReportQuery(int Id) : IQuery<AnnualReportDetails>;

public sealed record AnnualReportDetails(
    AnnualReportView Report,
    int Version,
    IReadOnlyList<ReportCheck> Checks,
    string? ReturnComment,
    DateTime? ComputedAt,
    bool HasPreviousReport,
    bool CanEdit,
    bool CanSubmit,
    bool CanApproveInUnit,
    bool CanReview,
    bool CanCorrect,
    bool IsCorrection)
{
    public bool HasErrors => AnnualReportChecks.HasErrors(Checks);
}

public sealed class GetAnnualReportHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetAnnualReportQuery, AnnualReportDetails>
{
    public async ValueTask<AnnualReportDetails> Handle(GetAnnualReportQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.AnnualReports.View, "没有查看年度报告的权限。");
        var report = await db.AnnualReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
            ?? throw new Common.Errors.NotFoundException("年度报告不存在。");
        var previous = await AnnualReportRegisters.PreviousAsync(db, report.OrganisationId, report.Year, cancellationToken);
        var view = await AnnualReportViews.BuildAsync(db, report, publicOnly: false, cancellationToken);
        var actor = currentUser.ToActor();
        var ownClerk = currentUser.Has(Permissions.AnnualReports.Draft) && actor.ClerkOrganisationId == report.OrganisationId;
        var newer = view.Editions.Any(e => e.Edition > report.Edition);
        return new AnnualReportDetails(
            view,
            report.Version,
            report.Check(previous),
            report.ReturnComment,
            report.ComputedAt,
            previous is not null,
            CanEdit: ownClerk && report.CanEdit,
            CanSubmit: ownClerk && report.CanEdit,
            CanApproveInUnit: report.CanSignOffInUnit && currentUser.Has(Permissions.AnnualReports.ApproveInUnit) && actor.IsUnitHeadOf(report.OrganisationId),
            CanReview: report.CanReview && currentUser.Has(Permissions.AnnualReports.Review),
            CanCorrect: ownClerk && report.CanCorrect && !newer,
            IsCorrection: report.CorrectsReportId is not null);
    }
}
