using ZezhouDisclosure.Domain.Auditing;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>Writes audit entries; the persistence layer stamps who, when and from where.</summary>
public static class AuditExtensions
{
    public static void Audit(this IAppDbContext db, string action, Document document, string summary) =>
        db.AuditEntries.Add(new AuditEntry(
            action, nameof(Document), document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), document.OrganisationId, summary));

    public static void Audit(this IAppDbContext db, string action, string entityType, string entityId, int? organisationId, string summary) =>
        db.AuditEntries.Add(new AuditEntry(action, entityType, entityId, organisationId, summary));
}
