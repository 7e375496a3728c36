using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
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

    /// <summary>A consultation of the current clerk's own unit, for a change (another unit's is refused).</summary>
    public static async Task<Consultation> LoadOwnAsync(IAppDbContext db, ICurrentUser currentUser, int id, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.Edit, "只有信息员可以修改征求意见。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var consultation = await db.Consultations.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException();
        if (consultation.OrganisationId != organisationId)
        {
            throw new ForbiddenException("只能修改本单位的征求意见。");
        }

        return consultation;
    }

    /// <summary>The back-office reads a unit's consultations: its own staff and the county office.</summary>
    public static void RequireReader(ICurrentUser currentUser, int organisationId)
    {
        currentUser.Require(Permissions.Participation.View, "没有查看公众参与的权限。");
        if (!currentUser.IsCountyWide() && !currentUser.OrganisationIds.Contains(organisationId))
        {
            throw new ForbiddenException("只能查看本单位的征求意见。");
        }
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
