using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Sentiment;

/// <summary>A unit responsible for a 舆情 case (属地管理, 分级负责): one lead unit, any number of others.</summary>
public class SentimentCaseUnit : Entity
{
    private SentimentCaseUnit()
    {
    }

    internal SentimentCaseUnit(int organisationId, bool isLead)
    {
        OrganisationId = organisationId;
        IsLead = isLead;
    }

    public int SentimentCaseId { get; private set; }

    public int OrganisationId { get; private set; }

    public bool IsLead { get; private set; }
}
