using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.AnnualReports;

/// <summary>The unit's 行政复议/行政诉讼 register (own unit for a clerk, every unit county-wide), newest first.</summary>
public sealed record ListAppealCasesQuery : IQuery<IReadOnlyList<AppealCaseRow>>;

public sealed record AppealCaseRow(
    int Id, string OrganisationName, AppealKind Kind, DateOnly FiledOn, string? CaseNumber, string? RequestNumber, AppealOutcome? Outcome,
    DateOnly? DecidedOn, string? Summary);

public sealed class ListAppealCasesHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<ListAppealCasesQuery, IReadOnlyList<AppealCaseRow>>
{
    public async ValueTask<IReadOnlyList<AppealCaseRow>> Handle(ListAppealCasesQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.AnnualReports.View, "没有查看年度报告的权限。");
        return await db.AppealCases.AsNoTracking()
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new { c, o.Name })
            .OrderByDescending(x => x.c.FiledOn).ThenByDescending(x => x.c.Id)
            .Select(x => new AppealCaseRow(
                x.c.Id, x.Name, x.c.Kind, x.c.FiledOn, x.c.CaseNumber,
                db.DisclosureRequests.Where(r => r.Id == x.c.DisclosureRequestId).Select(r => r.Number).FirstOrDefault(),
                x.c.Outcome, x.c.DecidedOn, x.c.Summary))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>
/// 登记 a 行政复议 or 行政诉讼 case about the unit's disclosure, optionally linked to the application by its 申请编号, with
/// its outcome when decided (none: 尚未审结).
/// </summary>
public sealed record RecordAppealCaseCommand(
    AppealKind? Kind, DateOnly? FiledOn, string? CaseNumber, string? RequestNumber, AppealOutcome? Outcome, DateOnly? DecidedOn, string? Summary)
    : ICommand<int>;

public sealed class RecordAppealCaseValidator : AbstractValidator<RecordAppealCaseCommand>
{
    public RecordAppealCaseValidator(TimeProvider time)
    {
        RuleFor(c => c.Kind).NotNull().WithMessage("请选择案件类型。").IsInEnum().WithMessage("请选择案件类型。");
        RuleFor(c => c.FiledOn).NotNull().WithMessage("请填写申请复议或起诉日期。")
            .Must(d => d is null || (d.Value.Year >= 2000 && d.Value <= ChinaTime.Today(time))).WithMessage("申请复议或起诉日期不能晚于今天。");
        RuleFor(c => c.Outcome).IsInEnum().WithMessage("请选择审理结果。");
        RuleFor(c => c.DecidedOn).NotNull().When(c => c.Outcome is not null).WithMessage("已审结的案件请填写审结日期。");
        RuleFor(c => c.DecidedOn).Must((c, d) => d is null || c.FiledOn is null || d >= c.FiledOn).WithMessage("审结日期不能早于申请复议或起诉日期。")
            .Must(d => d is null || d <= ChinaTime.Today(time)).WithMessage("审结日期不能晚于今天。");
        RuleFor(c => c.CaseNumber).MaximumLength(DataLimits.DocumentNumber).WithMessage("案号不能超过 100 字。");
        RuleFor(c => c.RequestNumber).MaximumLength(DataLimits.ShortText).WithMessage("申请编号不能超过 100 字。");
        RuleFor(c => c.Summary).MaximumLength(DataLimits.Reason).WithMessage("案情摘要不能超过 2000 字。");
    }
}

public sealed class RecordAppealCaseHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RecordAppealCaseCommand, int>
{
    public async ValueTask<int> Handle(RecordAppealCaseCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.AnnualReports.Draft, "只有本单位信息员可以登记行政复议、行政诉讼案件。");
        var organisationId = currentUser.RequireClerkOrganisation();
        int? requestId = null;
        if (!string.IsNullOrWhiteSpace(command.RequestNumber))
        {
            var number = command.RequestNumber.Trim();
            requestId = await db.DisclosureRequests.Where(r => r.Number == number && r.OrganisationId == organisationId)
                .Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new FluentValidation.ValidationException(
                    [new FluentValidation.Results.ValidationFailure(nameof(RecordAppealCaseCommand.RequestNumber), "本单位没有这个申请编号的依申请公开申请。")]);
        }

        var appeal = new AppealCase(organisationId, command.Kind!.Value, command.FiledOn!.Value, command.CaseNumber, requestId, command.Summary);
        appeal.Decide(command.Outcome, command.DecidedOn);
        db.AppealCases.Add(appeal);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(AnnualReportAuditActions.RecordAppeal, nameof(AppealCase), appeal.Id.ToString(CultureInfo.InvariantCulture), organisationId,
            $"登记{AppealLabels.Of(appeal.Kind)}案件（{appeal.FiledOn:yyyy-MM-dd}，{AppealLabels.Of(appeal.Outcome)}）");
        await db.SaveChangesAsync(cancellationToken);
        return appeal.Id;
    }
}
