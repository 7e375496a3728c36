namespace ZezhouDisclosure.Domain.Documents;

/// <summary>“解读” ↔ policy: an interpretation document explains a policy document (both directions are shown).</summary>
public class InterpretationLink
{
    private InterpretationLink()
    {
    }

    public InterpretationLink(int policyId, int interpretationId)
    {
        if (policyId == interpretationId)
        {
            throw new Common.DomainException("解读不能关联自身。");
        }

        PolicyId = policyId;
        InterpretationId = interpretationId;
    }

    public int PolicyId { get; private set; }

    public int InterpretationId { get; private set; }
}
