using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.AnnualReports;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>提交审核: refreshed from the registers, checked, then to the unit head (or straight to the county office).</summary>
public sealed record SubmitAnnualReportCommand(int Id, int Version) : ICommand;

public sealed class SubmitAnnualReportHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SubmitAnnualReportCommand>
{
    public async ValueTask<Unit> Handle(SubmitAnnualReportCommand command, CancellationToken cancellationToken)
    {
        var report = await AnnualReportRegisters.LoadAsync(db, command.Id, cancellationToken);
        AnnualReportRegisters.RequireOwnClerk(currentUser, report);
        db.ExpectVersion(report, command.Version);
        var now = time.GetUtcNow().UtcDateTime;
        if (report.CanEdit)
        {
            await AnnualReportRegisters.RefreshAsync(db, report, now, cancellationToken);
        }

        var organisation = await db.Organisations.FirstAsync(o => o.Id == report.OrganisationId, cancellationToken);
        var previous = await AnnualReportRegisters.PreviousAsync(db, report.OrganisationId, report.Year, cancellationToken);
        AnnualReportRegisters.Step(() => report.Submit(now, currentUser.UserName, organisation.RequiresUnitSignOff, previous));
        db.Audit(AnnualReportAuditActions.Submit, nameof(AnnualReport), report.Id.ToString(CultureInfo.InvariantCulture), report.OrganisationId,
            $"提交 {report.Year} 年年度报告（第{report.Edition}版），{AnnualReportStatuses.Label(report.Status)}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
