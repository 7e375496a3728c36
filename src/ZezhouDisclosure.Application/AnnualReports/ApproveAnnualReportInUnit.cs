using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.AnnualReports;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>单位审核通过: the unit head of the report's own unit passes it on to the county office.</summary>
public sealed record ApproveAnnualReportInUnitCommand(int Id, int Version) : ICommand;

public sealed class ApproveAnnualReportInUnitHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ApproveAnnualReportInUnitCommand>
{
    public async ValueTask<Unit> Handle(ApproveAnnualReportInUnitCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.AnnualReports.ApproveInUnit, "只有本单位负责人可以进行单位审核。");
        var report = await AnnualReportRegisters.LoadAsync(db, command.Id, cancellationToken);
        if (!currentUser.ToActor().IsUnitHeadOf(report.OrganisationId))
        {
            throw new ForbiddenException("只能审核本单位的年度报告。");
        }

        db.ExpectVersion(report, command.Version);
        var previous = await AnnualReportRegisters.PreviousAsync(db, report.OrganisationId, report.Year, cancellationToken);
        AnnualReportRegisters.Step(() => report.ApproveInUnit(time.GetUtcNow().UtcDateTime, currentUser.UserName, previous));
        db.Audit(AnnualReportAuditActions.ApproveInUnit, nameof(AnnualReport), report.Id.ToString(CultureInfo.InvariantCulture), report.OrganisationId,
            $"单位负责人审核通过 {report.Year} 年年度报告，报县政务公开办审核");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
