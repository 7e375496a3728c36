using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Documents;

/// <summary>
/// The last 索引号 sequence number used by one organisation in one year. Numbers are handed out in order and
/// never reused; the row's concurrency token stops two approvals from taking the same number.
/// </summary>
public class IndexNumberSequence : IYearlySequence
{
    private IndexNumberSequence()
    {
    }

    public IndexNumberSequence(int organisationId, int year)
    {
        OrganisationId = organisationId;
        Year = year;
    }

    public int OrganisationId { get; private set; }

    public int Year { get; private set; }

    public int LastValue { get; private set; }

    public int Version { get; set; }

    public int Next()
    {
        if (LastValue >= IndexNumber.MaxSequence)
        {
            throw new DomainException("本年度索引号流水号已用尽，请联系管理员。");
        }

        LastValue++;
        return LastValue;
    }
}
