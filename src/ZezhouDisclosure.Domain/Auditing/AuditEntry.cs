namespace ZezhouDisclosure.Domain.Auditing;

/// <summary>
/// One audited action: who did what to which record, when and from where. Written in the same transaction as the
/// change it records; never updated or deleted.
/// </summary>
public class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(string action, string entityType, string entityId, int? organisationId, string summary)
    {
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        OrganisationId = organisationId;
        Summary = summary;
    }

    public long Id { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    public string? IpAddress { get; set; }

    /// <summary>A stable code such as <c>document.submit</c>.</summary>
    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    public int? OrganisationId { get; private set; }

    /// <summary>Chinese description shown in the audit log; never personal data of applicants.</summary>
    public string Summary { get; private set; } = "";
}
