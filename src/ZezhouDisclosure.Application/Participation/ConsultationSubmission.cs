using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>提交审核 like a document: to the unit head when the unit requires its own sign-off, else to the county office.</summary>
internal static class ConsultationSubmission
{
    public static async Task SubmitAsync(IAppDbContext db, Consultation consultation, ICurrentUser currentUser, TimeProvider time, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstAsync(o => o.Id == consultation.OrganisationId, cancellationToken);
        ConsultationAccess.Guard(() => consultation.Submit(time.GetUtcNow().UtcDateTime, currentUser.UserName, organisation.RequiresUnitSignOff));
        db.Audit(
            ParticipationAuditActions.Submit,
            consultation,
            consultation.Status == ConsultationStatus.AwaitingUnitApproval
                ? $"提交单位审核征求意见《{consultation.Title}》"
                : $"提交审核征求意见《{consultation.Title}》");
    }
}
