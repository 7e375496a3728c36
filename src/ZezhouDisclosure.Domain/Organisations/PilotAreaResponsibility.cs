namespace ZezhouDisclosure.Domain.Organisations;

/// <summary>A county unit responsible for a pilot area's standard guideline (责任单位).</summary>
public class PilotAreaResponsibility
{
    private PilotAreaResponsibility()
    {
    }

    internal PilotAreaResponsibility(int pilotAreaId, int organisationId)
    {
        PilotAreaId = pilotAreaId;
        OrganisationId = organisationId;
    }

    public int PilotAreaId { get; private set; }

    public int OrganisationId { get; private set; }

    public Organisation? Organisation { get; private set; }
}
