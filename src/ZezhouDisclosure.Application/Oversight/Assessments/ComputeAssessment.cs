using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>Computes a draft 考核's table from the findings, the registers and the manual values (again after any change).</summary>
public sealed record ComputeAssessmentCommand(int AssessmentId) : ICommand<int>;

public sealed class ComputeAssessmentHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<ComputeAssessmentCommand, int>
{
    public async ValueTask<int> Handle(ComputeAssessmentCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.Assess, "只有县政务公开办可以计算年度考核。");
        var assessment = await AssessmentStore.LoadAsync(db, command.AssessmentId, null, cancellationToken);
        var measurements = assessment.IsFrozen ? [] : await AssessmentMeasurements.MeasureAsync(db, assessment, ChinaTime.Today(time), cancellationToken);
        AssessmentStore.Apply(() => assessment.RecordScores(measurements, time.GetUtcNow().UtcDateTime)); // a frozen version refuses
        var units = assessment.Ranking().Count;
        db.Audit(OversightAuditActions.ComputeAssessment, nameof(Assessment), assessment.Id.ToString(CultureInfo.InvariantCulture), null,
            $"计算 {assessment.Year} 年度考核（第 {assessment.Number} 版）：{units} 个单位。");
        await db.SaveChangesAsync(cancellationToken);
        return units;
    }
}
