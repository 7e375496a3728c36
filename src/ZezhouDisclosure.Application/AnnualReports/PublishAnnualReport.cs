using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.AnnualReports;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>
/// 县政务公开办审核通过并发布: the report appears in its unit's 年报 column; a correction edition replaces the edition it
/// corrects, which stays readable marked 已更正.
/// </summary>
public sealed record PublishAnnualReportCommand(int Id, int Version) : ICommand;

public sealed class PublishAnnualReportHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<PublishAnnualReportCommand>
{
    public async ValueTask<Unit> Handle(PublishAnnualReportCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.AnnualReports.Review, "只有县政务公开办可以审核发布年度报告。");
        var report = await AnnualReportRegisters.LoadAsync(db, command.Id, cancellationToken);
        db.ExpectVersion(report, command.Version);
        var now = time.GetUtcNow().UtcDateTime;
        var previous = await AnnualReportRegisters.PreviousAsync(db, report.OrganisationId, report.Year, cancellationToken);
        AnnualReportRegisters.Step(() => report.Publish(now, currentUser.UserName, previous));
        if (report.CorrectsReportId is int correctedId)
        {
            var corrected = await db.AnnualReports.FirstAsync(r => r.Id == correctedId, cancellationToken);
            corrected.SupersedeBy(report.Id, now);
        }

        db.Audit(AnnualReportAuditActions.Publish, nameof(AnnualReport), report.Id.ToString(CultureInfo.InvariantCulture), report.OrganisationId,
            $"审核通过并发布 {report.Year} 年年度报告（第{report.Edition}版）");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
