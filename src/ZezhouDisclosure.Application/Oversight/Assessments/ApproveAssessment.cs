using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Assessments;

/// <summary>审定: the computed table is frozen (later changes make a new version with a reason).</summary>
public sealed record ApproveAssessmentCommand(int AssessmentId, int Version) : ICommand;

public sealed class ApproveAssessmentHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<ApproveAssessmentCommand>
{
    public async ValueTask<Unit> Handle(ApproveAssessmentCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.Assess, "只有县政务公开办可以审定年度考核。");
        var assessment = await AssessmentStore.LoadAsync(db, command.AssessmentId, command.Version, cancellationToken);
        AssessmentStore.Apply(() => assessment.Approve(time.GetUtcNow().UtcDateTime, currentUser.UserName));
        var first = assessment.Ranking().FirstOrDefault();
        db.Audit(OversightAuditActions.ApproveAssessment, nameof(Assessment), assessment.Id.ToString(CultureInfo.InvariantCulture), null,
            $"审定 {assessment.Year} 年度考核（第 {assessment.Number} 版）" + (first is null ? "。" : $"，第一名 {first.UnitName} {first.Total:0.##} 分。"));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
