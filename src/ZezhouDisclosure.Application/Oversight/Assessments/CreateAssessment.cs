using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>县政务公开办 opens a year's 考核 as a draft with the default indicator set (one per year; changes after approval make new versions).</summary>
public sealed record CreateAssessmentCommand(int? Year) : ICommand<int>;

public sealed class CreateAssessmentValidator : AbstractValidator<CreateAssessmentCommand>
{
    public CreateAssessmentValidator()
    {
        RuleFor(x => x.Year).NotNull().WithMessage("请填写考核年度。").InclusiveBetween(2000, 2100).WithMessage("考核年度无效。");
    }
}

public sealed class CreateAssessmentHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<CreateAssessmentCommand, int>
{
    public async ValueTask<int> Handle(CreateAssessmentCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.Assess, "只有县政务公开办可以设置年度考核。");
        var year = command.Year!.Value;
        if (await db.Assessments.AnyAsync(a => a.Year == year, cancellationToken))
        {
            throw new ConflictException($"{year} 年度考核已存在，请在其最新版本上修改。");
        }

        var assessment = AssessmentDefaults.NewDraft(year);
        db.Assessments.Add(assessment);
        db.Audit(OversightAuditActions.CreateAssessment, nameof(Assessment), year.ToString(CultureInfo.InvariantCulture), null,
            $"新建 {year} 年度政务公开考核（默认指标 {assessment.Indicators.Count} 项）。");
        await db.SaveChangesAsync(cancellationToken);
        return assessment.Id;
    }
}
