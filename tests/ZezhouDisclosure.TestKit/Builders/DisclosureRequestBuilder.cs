using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.TestKit.Builders;

/// <summary>
/// A valid 依申请公开 case by default (registered online on 2026-09-18 at organisation 7, a unique number); move it
/// along the procedure with the state methods, which apply the entity's own steps on plausible days. Change only what
/// the test is about.
/// </summary>
public sealed class DisclosureRequestBuilder
{
    /// <summary>The day the default case is received; the steps follow on the next working days of September 2026.</summary>
    public static readonly DateOnly DefaultReceivedOn = new(2026, 9, 18);

    private static int _counter;
    private readonly List<Action<DisclosureRequest>> _steps = [];
    private int _sequence = Interlocked.Increment(ref _counter) % 9999 + 1;
    private int _organisationId = 7;
    private DateOnly _receivedOn = DefaultReceivedOn;
    private string _applicantName = "张三";
    private string? _phone = "13812341234";
    private string? _email;
    private string? _postalAddress;
    private IdDocumentType _idType = IdDocumentType.ResidentIdCard;
    private string _idNumber = "11010519491231002X";
    private string _description = "2026年巴公镇低保发放名单";
    private InformationForm _form = InformationForm.Electronic;
    private RequestChannel _channel = RequestChannel.Online;
    private ReceivingMethod _receivingMethod = ReceivingMethod.Email;

    /// <summary>The user the procedure steps are recorded for (四眼原则: a different name decides).</summary>
    public const string Clerk = "clerk";

    /// <summary>The head of the office who decides extensions and proposals in the state methods.</summary>
    public const string Head = "reviewer";

    public DisclosureRequestBuilder AtOrganisation(int organisationId)
    {
        _organisationId = organisationId;
        return this;
    }

    public DisclosureRequestBuilder ReceivedOn(DateOnly day)
    {
        _receivedOn = day;
        return this;
    }

    public DisclosureRequestBuilder WithSequence(int sequence)
    {
        _sequence = sequence;
        return this;
    }

    public DisclosureRequestBuilder WithApplicant(string name, string? phone = "13812341234", string? email = null, string? postalAddress = null)
    {
        _applicantName = name;
        _phone = phone;
        _email = email;
        _postalAddress = postalAddress;
        return this;
    }

    public DisclosureRequestBuilder WithIdDocument(IdDocumentType type, string number)
    {
        _idType = type;
        _idNumber = number;
        return this;
    }

    /// <summary>What is asked for, in which form, and how the answer is to be received.</summary>
    public DisclosureRequestBuilder Requesting(
        string description, InformationForm form = InformationForm.Electronic, ReceivingMethod receivingMethod = ReceivingMethod.Email)
    {
        _description = description;
        _form = form;
        _receivingMethod = receivingMethod;
        return this;
    }

    public DisclosureRequestBuilder Through(RequestChannel channel)
    {
        _channel = channel;
        return this;
    }

    /// <summary>受理 on the day received: 办理中.</summary>
    public DisclosureRequestBuilder Accepted() => Then(r => r.Accept(r.ReceivedOn));

    /// <summary>告知补正 (from registered or in process): 补正中, with a deadline 25 days later unless given.</summary>
    public DisclosureRequestBuilder AwaitingSupplement(DateOnly? deadline = null) =>
        Then(r => r.RequestSupplement("请写明所需信息的年份和文号", r.ReceivedOn.AddDays(1), deadline ?? r.ReceivedOn.AddDays(26)));

    /// <summary>Accepted, then 征求意见 of a third party: 征求意见中.</summary>
    public DisclosureRequestBuilder InConsultation() =>
        Accepted().Then(r => r.StartConsultation(ConsultationKind.ThirdParty, "某公司", r.ReceivedOn.AddDays(3)));

    /// <summary>Accepted, and the clerk asked for a 10-working-day extension that waits for the head.</summary>
    public DisclosureRequestBuilder WithPendingExtension() =>
        Accepted().Then(r => r.RequestExtension(10, "涉及档案检索量较大", Clerk));

    /// <summary>Accepted, and the clerk proposed a decision: 待报批.</summary>
    public DisclosureRequestBuilder PendingApproval(RequestOutcome outcome = RequestOutcome.Disclosed) =>
        Accepted().Then(r => r.ProposeDecision(outcome, "经审查，予以公开。", r.ReceivedOn.AddDays(5), Clerk));

    /// <summary>The proposal approved by the head: 已批准, waiting for 送达.</summary>
    public DisclosureRequestBuilder Approved(RequestOutcome outcome = RequestOutcome.Disclosed) =>
        PendingApproval(outcome).Then(r => r.ApproveDecision(Head, r.DecisionProposedOn!.Value.AddDays(1)));

    /// <summary>Approved and delivered: 已答复 (closed).</summary>
    public DisclosureRequestBuilder Answered(RequestOutcome outcome = RequestOutcome.Disclosed) =>
        Approved(outcome).Then(r => r.Deliver(ReceivingMethod.Email, r.ApprovedOn!.Value.AddDays(1)));

    /// <summary>转办 to <paramref name="organisationId"/> the day after it was received (closed here).</summary>
    public DisclosureRequestBuilder TransferredTo(int organisationId) =>
        Then(r => r.Transfer(organisationId, "所需信息由该机关制作", r.ReceivedOn.AddDays(1)));

    /// <summary>Any further step, applied after the ones before it.</summary>
    public DisclosureRequestBuilder Then(Action<DisclosureRequest> step)
    {
        _steps.Add(step);
        return this;
    }

    public DisclosureRequest Build()
    {
        var request = new DisclosureRequest(
            RequestNumber.Format(_receivedOn, _sequence),
            _organisationId,
            new ApplicantDetails(ApplicantType.NaturalPerson, _applicantName, _idType, _idNumber, _phone, _email, _postalAddress),
            new RequestedInformation(_description, _form, _receivingMethod),
            _channel,
            _receivedOn);
        foreach (var step in _steps)
        {
            step(request);
        }

        return request;
    }
}
