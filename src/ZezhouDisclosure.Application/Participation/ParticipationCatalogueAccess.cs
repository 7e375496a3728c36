using FluentValidation.Results;
using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>Loading a 参与事项目录 or a 列席 / 访谈 record for a change, and their audit lines.</summary>
internal static class ParticipationCatalogueAccess
{
    public static async Task<ParticipationCatalogue> LoadAsync(IAppDbContext db, int id, int version, CancellationToken cancellationToken)
    {
        var catalogue = await db.ParticipationCatalogues.Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(catalogue, version);
        return catalogue;
    }

    /// <summary>
    /// Counts a change of the catalogue's items as a change of the catalogue, so that its <c>Version</c> goes up (the
    /// save interceptor raises it) and a form built from an older version is refused even when only rows changed.
    /// </summary>
    public static void Touch(this IAppDbContext db, ParticipationCatalogue catalogue) =>
        db.Entry(catalogue).Property(c => c.Version).IsModified = true;

    public static async Task<ParticipationRecord> LoadRecordAsync(IAppDbContext db, int id, int version, CancellationToken cancellationToken)
    {
        var record = await db.ParticipationRecords.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException();
        db.ExpectVersion(record, version);
        return record;
    }

    public static void Audit(this IAppDbContext db, string action, ParticipationCatalogue catalogue, string summary) =>
        db.Audit(action, ParticipationAuditActions.CatalogueEntityType, catalogue.Id.ToString(CultureInfo.InvariantCulture), catalogue.OrganisationId, summary);

    public static void Audit(this IAppDbContext db, string action, ParticipationRecord record, string summary) =>
        db.Audit(action, ParticipationAuditActions.RecordEntityType, record.Id.ToString(CultureInfo.InvariantCulture), record.OrganisationId, summary);

    /// <summary>Turns a refusal of the entity into a validation error on <paramref name="field"/> (shown on the form).</summary>
    public static void OnField(string field, Action act)
    {
        try
        {
            act();
        }
        catch (Domain.Common.DomainException ex)
        {
            throw new ValidationException([new ValidationFailure(field, ex.Message)]);
        }
    }
}
