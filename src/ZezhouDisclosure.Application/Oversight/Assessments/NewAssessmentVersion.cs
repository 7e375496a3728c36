using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>A change after approval: a new draft version (with the reason) copying the indicators and manual values; the approved one is kept as superseded.</summary>
public sealed record NewAssessmentVersionCommand(int AssessmentId, int Version, string? Reason) : ICommand<int>;

public sealed class NewAssessmentVersionValidator : AbstractValidator<NewAssessmentVersionCommand>
{
    public NewAssessmentVersionValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写新建版本的理由。")
            .MaximumLength(Assessment.NoteLength).WithMessage($"理由不能超过{Assessment.NoteLength}个字。");
    }
}

public sealed class NewAssessmentVersionHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<NewAssessmentVersionCommand, int>
{
    public async ValueTask<int> Handle(NewAssessmentVersionCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.Assess, "只有县政务公开办可以修改年度考核。");
        var assessment = await AssessmentStore.LoadAsync(db, command.AssessmentId, command.Version, cancellationToken);
        var next = AssessmentStore.Apply(() => assessment.NewVersion(command.Reason));
        db.Assessments.Add(next);
        db.Audit(OversightAuditActions.NewAssessmentVersion, nameof(Assessment), assessment.Id.ToString(CultureInfo.InvariantCulture), null,
            $"{assessment.Year} 年度考核新建第 {next.Number} 版（取代第 {assessment.Number} 版），理由：{next.Reason}");
        await db.SaveChangesAsync(cancellationToken);
        return next.Id;
    }
}
