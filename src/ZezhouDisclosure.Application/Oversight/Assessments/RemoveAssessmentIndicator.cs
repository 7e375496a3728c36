using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>Removes an indicator (and its manual values) from a draft 考核.</summary>
public sealed record RemoveAssessmentIndicatorCommand(int AssessmentId, string Code) : ICommand;

public sealed class RemoveAssessmentIndicatorHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RemoveAssessmentIndicatorCommand>
{
    public async ValueTask<Unit> Handle(RemoveAssessmentIndicatorCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.Assess, "只有县政务公开办可以设置年度考核。");
        var assessment = await AssessmentStore.LoadAsync(db, command.AssessmentId, null, cancellationToken);
        AssessmentStore.Apply(() => assessment.RemoveIndicator(command.Code));
        db.Audit(OversightAuditActions.ChangeAssessment, nameof(Assessment), assessment.Id.ToString(CultureInfo.InvariantCulture), null,
            $"{assessment.Year} 年度考核（第 {assessment.Number} 版）删除指标 {command.Code}。");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
