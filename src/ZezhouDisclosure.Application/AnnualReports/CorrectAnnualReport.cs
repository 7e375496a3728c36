using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>更正: the clerk opens a new edition of a published report, with the public 更正说明; it goes through review again.</summary>
public sealed record CorrectAnnualReportCommand(int Id, string? Note) : ICommand<int>;

public sealed class CorrectAnnualReportValidator : AbstractValidator<CorrectAnnualReportCommand>
{
    public CorrectAnnualReportValidator() =>
        RuleFor(c => c.Note).NotEmpty().WithMessage("请填写更正说明（将随更正后的报告公开）。")
            .MaximumLength(DataLimits.Reason).WithMessage("更正说明不能超过 2000 字。");
}

public sealed class CorrectAnnualReportHandler(IAppDbContext db, ICurrentUser currentUser)
    : ICommandHandler<CorrectAnnualReportCommand, int>
{
    public async ValueTask<int> Handle(CorrectAnnualReportCommand command, CancellationToken cancellationToken)
    {
        var report = await AnnualReportRegisters.LoadAsync(db, command.Id, cancellationToken);
        AnnualReportRegisters.RequireOwnClerk(currentUser, report);
        var newer = await db.AnnualReports.AnyAsync(
            r => r.OrganisationId == report.OrganisationId && r.Year == report.Year && r.Edition > report.Edition, cancellationToken);
        if (newer)
        {
            throw new ConflictException("该年度报告已有更正中的新版本，请打开新版本继续。");
        }

        var correction = AnnualReportRegisters.Step(() => report.Correct(command.Note!));
        db.AnnualReports.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(AnnualReportAuditActions.Correct, nameof(AnnualReport), correction.Id.ToString(CultureInfo.InvariantCulture), report.OrganisationId,
            $"更正 {report.Year} 年年度报告，起草第{correction.Edition}版：{command.Note}");
        await db.SaveChangesAsync(cancellationToken);
        return correction.Id;
    }
}
