using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>退回: the unit head (while it waits for the unit) or the county office (while it waits for the county), with the reason.</summary>
public sealed record ReturnAnnualReportCommand(int Id, int Version, string? Comment) : ICommand;

public sealed class ReturnAnnualReportValidator : AbstractValidator<ReturnAnnualReportCommand>
{
    public ReturnAnnualReportValidator()
    {
        RuleFor(c => c.Comment).NotEmpty().WithMessage("请填写退回理由。")
            .MaximumLength(DataLimits.Reason).WithMessage("退回理由不能超过 2000 字。");
    }
}

public sealed class ReturnAnnualReportHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ReturnAnnualReportCommand>
{
    public async ValueTask<Unit> Handle(ReturnAnnualReportCommand command, CancellationToken cancellationToken)
    {
        var report = await AnnualReportRegisters.LoadAsync(db, command.Id, cancellationToken);
        var mayReturn = report.Status switch
        {
            AnnualReportStatus.AwaitingUnit => currentUser.Has(Permissions.AnnualReports.ApproveInUnit) && currentUser.ToActor().IsUnitHeadOf(report.OrganisationId),
            AnnualReportStatus.AwaitingCounty => currentUser.Has(Permissions.AnnualReports.Review),
            _ => throw new ConflictException("该年度报告不在待审核状态，可能已被处理。"),
        };
        if (!mayReturn)
        {
            throw new ForbiddenException("您不能退回该年度报告。");
        }

        db.ExpectVersion(report, command.Version);
        AnnualReportRegisters.Step(() => report.Return(command.Comment!, time.GetUtcNow().UtcDateTime, currentUser.UserName));
        db.Audit(AnnualReportAuditActions.Return, nameof(AnnualReport), report.Id.ToString(CultureInfo.InvariantCulture), report.OrganisationId,
            $"退回 {report.Year} 年年度报告：{command.Comment}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
