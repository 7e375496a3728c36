using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>起草: the clerk starts the unit's report of a year; when it exists already, its current edition is opened instead.</summary>
public sealed record CreateAnnualReportCommand(int Year) : ICommand<int>;

public sealed class CreateAnnualReportValidator : AbstractValidator<CreateAnnualReportCommand>
{
    public CreateAnnualReportValidator(TimeProvider time) =>
        RuleFor(c => c.Year).InclusiveBetween(2000, ChinaTime.Today(time).Year)
            .WithMessage("年度应在 2000 年至今年之间（报告的是已结束或本年度的工作）。");
}

public sealed class CreateAnnualReportHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<CreateAnnualReportCommand, int>
{
    public async ValueTask<int> Handle(CreateAnnualReportCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.AnnualReports.Draft, "只有本单位信息员可以编写年度报告。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var existing = await db.AnnualReports.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && r.Year == command.Year)
            .OrderByDescending(r => r.Edition)
            .Select(r => (int?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is int id)
        {
            return id;
        }

        var report = new AnnualReport(organisationId, command.Year);
        await AnnualReportRegisters.RefreshAsync(db, report, time.GetUtcNow().UtcDateTime, cancellationToken);
        db.AnnualReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(AnnualReportAuditActions.Create, nameof(AnnualReport), report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            organisationId, $"起草 {command.Year} 年政府信息公开工作年度报告");
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }
}
