using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>
/// 保存: the clerk's texts and the entered cells of table 二, typed as text (so that a letter or a fraction gets a message
/// naming the cell instead of being lost); the computed cells are taken from the registers again and the cross-checks
/// run on the saved report (shown on the page; they block submission, not saving).
/// </summary>
public sealed record SaveAnnualReportCommand(
    int Id,
    int Version,
    string? OverviewProactive,
    string? OverviewRequests,
    string? OverviewManagement,
    string? OverviewPlatform,
    string? OverviewSupervision,
    string? Problems,
    string? OtherMatters,
    string? ProcessingFees,
    string? Table3Explanation,
    string? CorrectionNote,
    IReadOnlyDictionary<string, string?> Cells) : ICommand<IReadOnlyList<ReportCheck>>;

public sealed class SaveAnnualReportValidator : AbstractValidator<SaveAnnualReportCommand>
{
    public SaveAnnualReportValidator()
    {
        RuleFor(c => c.OverviewProactive).MaximumLength(DataLimits.Description).WithMessage("“主动公开”不能超过 4000 字。");
        RuleFor(c => c.OverviewRequests).MaximumLength(DataLimits.Description).WithMessage("“依申请公开”不能超过 4000 字。");
        RuleFor(c => c.OverviewManagement).MaximumLength(DataLimits.Description).WithMessage("“政府信息管理”不能超过 4000 字。");
        RuleFor(c => c.OverviewPlatform).MaximumLength(DataLimits.Description).WithMessage("“平台建设”不能超过 4000 字。");
        RuleFor(c => c.OverviewSupervision).MaximumLength(DataLimits.Description).WithMessage("“监督保障”不能超过 4000 字。");
        RuleFor(c => c.Problems).MaximumLength(DataLimits.Description).WithMessage("“存在的主要问题及改进情况”不能超过 4000 字。");
        RuleFor(c => c.OtherMatters).MaximumLength(DataLimits.Description).WithMessage("“其他需要报告的事项”不能超过 4000 字。");
        RuleFor(c => c.Table3Explanation).MaximumLength(DataLimits.Reason).WithMessage("表三说明不能超过 2000 字。");
        RuleFor(c => c.CorrectionNote).MaximumLength(DataLimits.Reason).WithMessage("更正说明不能超过 2000 字。");
        RuleFor(c => c.ProcessingFees).Must(v => Figures.TryAmount(v, out _))
            .WithMessage("信息处理费应为 0 至 1000000 元之间的金额（最多两位小数），没有收取的填 0。");
        RuleFor(c => c.Cells).Custom((cells, context) =>
        {
            foreach (var cell in ActiveDisclosureTable.EnteredCells)
            {
                var text = cells?.GetValueOrDefault(cell.Key);
                var ok = cell.IsAmount ? Figures.TryAmount(text, out _) : Figures.TryCount(text, out _);
                if (!ok)
                {
                    context.AddFailure("Cells[" + cell.Key + "]", cell.IsAmount
                        ? $"{cell.Name}应为 0 至 1000000 之间的数，最多两位小数。"
                        : $"{cell.Name}应为 0 至 1000000 之间的整数。");
                }
            }
        });
    }
}

/// <summary>Parses the figures typed into the form: blank is “not entered”; anything else must be a plain number in range.</summary>
public static class Figures
{
    public const decimal Max = 1_000_000;

    public static bool TryCount(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > Max)
        {
            return false;
        }

        value = n;
        return true;
    }

    public static bool TryAmount(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            || n > Max || decimal.Round(n, 2) != n)
        {
            return false;
        }

        value = n;
        return true;
    }
}

public sealed class SaveAnnualReportHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SaveAnnualReportCommand, IReadOnlyList<ReportCheck>>
{
    public async ValueTask<IReadOnlyList<ReportCheck>> Handle(SaveAnnualReportCommand command, CancellationToken cancellationToken)
    {
        var report = await AnnualReportRegisters.LoadAsync(db, command.Id, cancellationToken);
        AnnualReportRegisters.RequireOwnClerk(currentUser, report);
        db.ExpectVersion(report, command.Version);
        Figures.TryAmount(command.ProcessingFees, out var fees);
        var cells = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var cell in ActiveDisclosureTable.EnteredCells)
        {
            var text = command.Cells.GetValueOrDefault(cell.Key);
            decimal? value;
            _ = cell.IsAmount ? Figures.TryAmount(text, out value) : Figures.TryCount(text, out value);
            cells[cell.Key] = value;
        }

        AnnualReportRegisters.Step(() =>
        {
            report.Write(new AnnualReportText(
                command.OverviewProactive, command.OverviewRequests, command.OverviewManagement, command.OverviewPlatform,
                command.OverviewSupervision, command.Problems, command.OtherMatters, fees, command.Table3Explanation), cells);
            report.RewordCorrection(command.CorrectionNote);
        });
        await AnnualReportRegisters.RefreshAsync(db, report, time.GetUtcNow().UtcDateTime, cancellationToken);
        db.Audit(AnnualReportAuditActions.Save, nameof(AnnualReport), report.Id.ToString(CultureInfo.InvariantCulture), report.OrganisationId,
            $"保存 {report.Year} 年年度报告（第{report.Edition}版）");
        await db.SaveChangesAsync(cancellationToken);
        return report.Check(await AnnualReportRegisters.PreviousAsync(db, report.OrganisationId, report.Year, cancellationToken));
    }
}
