using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>Adds an indicator to a draft 考核 (its rules: the weights, the scoring rule, a unique code).</summary>
public sealed record AddAssessmentIndicatorCommand(
    int AssessmentId, string? Code, string? Name, AssessmentMeasure Measure, string? CheckCodes, AssessmentScoring Scoring,
    decimal? Weight, decimal? PointsPerItem, decimal? Cap) : ICommand;

public sealed class AddAssessmentIndicatorValidator : AbstractValidator<AddAssessmentIndicatorCommand>
{
    public AddAssessmentIndicatorValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("请填写指标编号。").MaximumLength(AssessmentIndicator.CodeLength).WithMessage($"指标编号不能超过{AssessmentIndicator.CodeLength}个字符。");
        RuleFor(x => x.Name).NotEmpty().WithMessage("请填写指标名称。").MaximumLength(AssessmentIndicator.NameLength).WithMessage($"指标名称不能超过{AssessmentIndicator.NameLength}个字。");
        RuleFor(x => x.Measure).IsInEnum().WithMessage("请选择计分依据。");
        RuleFor(x => x.Scoring).IsInEnum().WithMessage("请选择计分方法。");
        RuleFor(x => x.Weight).NotNull().WithMessage("请填写分值（加分指标填 0）。");
    }
}

public sealed class AddAssessmentIndicatorHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<AddAssessmentIndicatorCommand>
{
    public async ValueTask<Unit> Handle(AddAssessmentIndicatorCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.Assess, "只有县政务公开办可以设置年度考核。");
        var assessment = await AssessmentStore.LoadAsync(db, command.AssessmentId, null, cancellationToken);
        var indicator = AssessmentStore.Apply(() => new AssessmentIndicator(
            command.Code!, command.Name!, command.Measure, command.CheckCodes, command.Scoring, command.Weight!.Value, command.PointsPerItem ?? 0, command.Cap));
        AssessmentStore.Apply(() => assessment.AddIndicator(indicator));
        db.Audit(OversightAuditActions.ChangeAssessment, nameof(Assessment), assessment.Id.ToString(CultureInfo.InvariantCulture), null,
            $"{assessment.Year} 年度考核（第 {assessment.Number} 版）新增指标 {indicator.Code} {indicator.Name}：{AssessmentLabels.Rule(indicator)}。");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
