namespace ZezhouDisclosure.Domain.ServiceItems;

/// <summary>
/// A published version of a 办事指南 (第 N 版): the guide as approved, what changed since the previous version and the
/// clerk's 修改说明. Never changed after it is written; the public reads the history.
/// </summary>
public class ServiceItemVersion
{
    private ServiceItemVersion()
    {
    }

    internal ServiceItemVersion(ServiceItem item, int number, string changes, string? note, DateTime publishedAt, string approvedBy)
    {
        ServiceItemId = item.Id;
        OrganisationId = item.OrganisationId;
        Number = number;
        GuideJson = item.GuideJson;
        Changes = changes;
        Note = note;
        PublishedAt = publishedAt;
        ApprovedBy = approvedBy;
    }

    public long Id { get; private set; }

    public int ServiceItemId { get; private set; }

    public int OrganisationId { get; private set; }

    public int Number { get; private set; }

    public string GuideJson { get; private set; } = "";

    /// <summary>What changed, element by element (<see cref="ServiceGuideDiff"/>), joined by “；”.</summary>
    public string Changes { get; private set; } = "";

    /// <summary>修改说明 of the clerk.</summary>
    public string? Note { get; private set; }

    public DateTime PublishedAt { get; private set; }

    public string ApprovedBy { get; private set; } = "";

    public ServiceGuide Guide => ServiceGuideJson.Read(GuideJson);
}
