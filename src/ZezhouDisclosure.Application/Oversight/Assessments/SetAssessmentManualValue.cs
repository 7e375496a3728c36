using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>县政务公开办 enters a manual indicator's value for one unit, with a note saying where it comes from.</summary>
public sealed record SetAssessmentManualValueCommand(int AssessmentId, string? IndicatorCode, int OrganisationId, decimal? Value, string? Note) : ICommand;

public sealed class SetAssessmentManualValueValidator : AbstractValidator<SetAssessmentManualValueCommand>
{
    public SetAssessmentManualValueValidator()
    {
        RuleFor(x => x.IndicatorCode).NotEmpty().WithMessage("请选择指标。");
        RuleFor(x => x.Value).NotNull().WithMessage("请填写数值。").GreaterThanOrEqualTo(0).WithMessage("数值不能为负数。");
        RuleFor(x => x.Note).NotEmpty().WithMessage("请填写说明（依据）。")
            .MaximumLength(Assessment.NoteLength).WithMessage($"说明不能超过{Assessment.NoteLength}个字。");
    }
}

public sealed class SetAssessmentManualValueHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<SetAssessmentManualValueCommand>
{
    public async ValueTask<Unit> Handle(SetAssessmentManualValueCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.Assess, "只有县政务公开办可以填报考核指标。");
        var unit = await db.Organisations.Where(o => o.Id == command.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("单位不存在。");
        var assessment = await AssessmentStore.LoadAsync(db, command.AssessmentId, null, cancellationToken);
        AssessmentStore.Apply(() => assessment.SetManualValue(command.IndicatorCode!, command.OrganisationId, command.Value!.Value, command.Note));
        db.Audit(OversightAuditActions.ChangeAssessment, nameof(Assessment), assessment.Id.ToString(CultureInfo.InvariantCulture), command.OrganisationId,
            $"{assessment.Year} 年度考核（第 {assessment.Number} 版）填报 {unit} 指标 {command.IndicatorCode}：{command.Value:0.##}（{command.Note}）。");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
