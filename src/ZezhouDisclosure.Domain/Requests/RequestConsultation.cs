using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Requests;

/// <summary>
/// One 征求意见: a third party (第三十二条) or another agency (第三十四条) asked for its opinion. Its interval is not
/// counted in the answer time limit; it ends when the opinion arrives, which may be early.
/// </summary>
public class RequestConsultation : Entity
{
    private RequestConsultation()
    {
    }

    internal RequestConsultation(ConsultationKind kind, string party, DateOnly startedOn)
    {
        Kind = kind;
        Party = party;
        StartedOn = startedOn;
    }

    public int DisclosureRequestId { get; private set; }

    public ConsultationKind Kind { get; private set; }

    /// <summary>The third party or agency consulted.</summary>
    public string Party { get; private set; } = "";

    public DateOnly StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    /// <summary>The opinion in short, e.g. 不同意公开，理由为涉及商业秘密.</summary>
    public string? Opinion { get; private set; }

    internal void End(DateOnly endedOn, string? opinion)
    {
        if (endedOn < StartedOn)
        {
            throw new DomainException("征求意见的结束日期不能早于开始日期。");
        }

        EndedOn = endedOn;
        Opinion = string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim();
    }

    /// <summary>A third party may be a person: its name and opinion go with the applicant's data.</summary>
    internal void Anonymise()
    {
        Party = "（第三方，已匿名）";
        Opinion = null;
    }

    internal DeadlinePause ToPause() => new(Kind, StartedOn, EndedOn);
}
