using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>Loading a consultation or comment for a change, and the audit line of a change.</summary>
internal static class ConsultationAccess
{
    public static async Task<Consultation> LoadAsync(IAppDbContext db, int id, int version, CancellationToken cancellationToken)
    {
        var consultation = await db.Consultations.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(consultation, version);
        return consultation;
    }

    public static void Audit(this IAppDbContext db, string action, Consultation consultation, string summary) =>
        db.Audit(action, ParticipationAuditActions.EntityType, consultation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), consultation.OrganisationId, summary);

    /// <summary>Turns a refusal of the entity into a conflict (the workflow moved on) shown on the form.</summary>
    public static T Guard<T>(Func<T> act)
    {
        try
        {
            return act();
        }
        catch (Domain.Common.DomainException ex)
        {
            throw new ConflictException(ex.Message);
        }
    }

    public static void Guard(Action act) => Guard(() =>
    {
        act();
        return 0;
    });
}
