using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Requests;

/// <summary>
/// 政府信息公开申请 (依申请公开): one application to one organisation, handled through the 条例's procedure
/// 登记 → 受理 → (补正) → (征求意见) → 提出办理意见 → 报批 → 送达. Every move is a method that refuses the wrong state.
/// </summary>
public class DisclosureRequest : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    private readonly List<RequestConsultation> _consultations = [];

    private DisclosureRequest()
    {
    }

    /// <summary>登记: an application received on <paramref name="receivedOn"/> by <paramref name="channel"/>.</summary>
    public DisclosureRequest(
        string number,
        int organisationId,
        ApplicantDetails applicant,
        RequestedInformation information,
        RequestChannel channel,
        DateOnly receivedOn,
        string? submissionKey = null)
    {
        if (!RequestNumber.IsValid(number))
        {
            throw new DomainException("申请编号格式不正确。");
        }

        if (string.IsNullOrWhiteSpace(applicant.Name))
        {
            throw new DomainException("申请人姓名或者名称不能为空。");
        }

        if (string.IsNullOrWhiteSpace(information.Description))
        {
            throw new DomainException("所需政府信息的描述不能为空。");
        }

        if (string.IsNullOrWhiteSpace(applicant.Phone) && string.IsNullOrWhiteSpace(applicant.Email)
            && string.IsNullOrWhiteSpace(applicant.PostalAddress))
        {
            throw new DomainException("申请人至少应留一种联系方式。");
        }

        Number = number;
        OrganisationId = organisationId;
        ApplicantType = applicant.Type;
        ApplicantName = applicant.Name.Trim();
        IdType = applicant.IdType;
        IdNumber = applicant.IdNumber.Trim();
        Phone = Clean(applicant.Phone);
        Email = Clean(applicant.Email);
        PostalAddress = Clean(applicant.PostalAddress);
        Description = information.Description.Trim();
        Form = information.Form;
        ReceivingMethod = information.ReceivingMethod;
        Channel = channel;
        ReceivedOn = receivedOn;
        Status = RequestStatus.Registered;
        SubmissionKey = string.IsNullOrWhiteSpace(submissionKey) ? Guid.NewGuid().ToString("N") : submissionKey.Trim();
    }

    /// <summary>The one-time key of the form that created it (unique): a second identical POST finds this request.</summary>
    // Stryker disable once String : equivalent, only EF Core's constructor leaves this default and it sets every column
    public string SubmissionKey { get; private set; } = "";

    /// <summary>SHA-256 of the secret query code given to the applicant once (never the code itself).</summary>
    public string? QueryCodeHash { get; private set; }

    /// <summary>申请编号, see <see cref="RequestNumber"/>.</summary>
    // Stryker disable once String : equivalent, only EF Core's constructor leaves this default and it sets every column
    public string Number { get; private set; } = "";

    /// <summary>The organisation applied to (the handling organisation).</summary>
    public int OrganisationId { get; private set; }

    public ApplicantType ApplicantType { get; private set; }

    // Stryker disable once String : equivalent, only EF Core's constructor leaves this default and it sets every column
    public string ApplicantName { get; private set; } = "";

    public IdDocumentType IdType { get; private set; }

    /// <summary>The identity document number; encrypted at rest and masked on screen.</summary>
    // Stryker disable once String : equivalent, only EF Core's constructor leaves this default and it sets every column
    public string IdNumber { get; private set; } = "";

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? PostalAddress { get; private set; }

    /// <summary>名称、文号或者便于查询的其他特征性描述.</summary>
    // Stryker disable once String : equivalent, only EF Core's constructor leaves this default and it sets every column
    public string Description { get; private set; } = "";

    public InformationForm Form { get; private set; }

    public ReceivingMethod ReceivingMethod { get; private set; }

    public RequestChannel Channel { get; private set; }

    /// <summary>收到申请之日 (Beijing date, 第三十一条).</summary>
    public DateOnly ReceivedOn { get; private set; }

    public RequestStatus Status { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>补正告知: what must be supplemented.</summary>
    public string? SupplementItems { get; private set; }

    public DateOnly? SupplementRequestedOn { get; private set; }

    /// <summary>The reasonable period given to the applicant: the last day to supplement.</summary>
    public DateOnly? SupplementDeadline { get; private set; }

    public DateOnly? SupplementReceivedOn { get; private set; }

    public IReadOnlyList<RequestConsultation> Consultations => _consultations;

    /// <summary>Extension asked for, in working days (pending until approved).</summary>
    public int? ExtensionRequestedDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    /// <summary>The user who asked for the extension; the head who approves it must be someone else.</summary>
    public string? ExtensionRequestedBy { get; private set; }

    /// <summary>Approved extension, in working days (0 when none).</summary>
    public int ExtensionDays { get; private set; }

    public string? ExtensionApprovedBy { get; private set; }

    public RequestOutcome? Outcome { get; private set; }

    /// <summary>办理意见: the facts and reasons of the proposed decision.</summary>
    public string? DecisionText { get; private set; }

    public DateOnly? DecisionProposedOn { get; private set; }

    /// <summary>The user who proposed the decision; the head who approves it (报批) must be someone else.</summary>
    public string? DecisionProposedBy { get; private set; }

    /// <summary>The reviewer's comment when a proposed decision was last sent back.</summary>
    public string? ReviewComment { get; private set; }

    public string? ApprovedBy { get; private set; }

    /// <summary>The 答复告知书's 文号 from the unit's pattern, given when the decision is approved (issued); null without a pattern.</summary>
    public string? ReplyNoticeNumber { get; private set; }

    /// <summary>When the receipt and query code were e-mailed to the applicant (UTC); null when not (yet) sent.</summary>
    public DateTime? ReceiptEmailSentAt { get; private set; }

    /// <summary>Why e-mailing the receipt failed or was not attempted (shown to staff), or null.</summary>
    public string? ReceiptEmailProblem { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    /// <summary>送达方式, e.g. 邮政挂号 or 电子邮件.</summary>
    public ReceivingMethod? DeliveryMethod { get; private set; }

    /// <summary>送达日期: the day signed for (国办公开办函〔2016〕235号).</summary>
    public DateOnly? DeliveredOn { get; private set; }

    /// <summary>The day the case was closed (answered, abandoned or transferred); the annual report counts by it.</summary>
    public DateOnly? ClosedOn { get; private set; }

    public int? TransferredToOrganisationId { get; private set; }

    public string? TransferReason { get; private set; }

    /// <summary>Set on the case the receiving organisation opened from a transferred application (转办).</summary>
    public int? TransferredFromRequestId { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public bool IsClosed => Status is RequestStatus.Answered or RequestStatus.Abandoned or RequestStatus.Transferred;

    /// <summary>Moves an open application to the unit that took over (organisation merge); closed ones keep their unit.</summary>
    public void HandOverTo(int organisationId)
    {
        if (IsClosed)
        {
            throw new DomainException("已办结的申请不移交。");
        }

        OrganisationId = organisationId;
    }

    public RequestConsultation? OpenConsultation => _consultations.FirstOrDefault(c => c.EndedOn is null);

    /// <summary>The facts the answer deadline is computed from.</summary>
    public DeadlineFacts DeadlineFacts =>
        new(ReceivedOn, SupplementReceivedOn, [.. _consultations.Select(c => c.ToPause())], ExtensionDays);

    public RequestDeadline Deadline(WorkingDayCalendar calendar) => RequestDeadlines.Compute(calendar, DeadlineFacts);

    /// <summary>受理 is open: the application is registered.</summary>
    public bool CanAccept() => Status == RequestStatus.Registered;

    /// <summary>补正告知 is open: registered or in process, and not told before (一次性告知).</summary>
    public bool CanRequestSupplement() =>
        Status is RequestStatus.Registered or RequestStatus.Processing && SupplementRequestedOn is null;

    /// <summary>收到补正 is open: the applicant was asked to supplement.</summary>
    public bool CanReceiveSupplement() => Status == RequestStatus.AwaitingSupplement;

    /// <summary>视为放弃 is open on <paramref name="today"/>: the supplement period has run out.</summary>
    public bool CanMarkAbandoned(DateOnly today) => Status == RequestStatus.AwaitingSupplement && today > SupplementDeadline;

    /// <summary>征求意见 is open: the case is in process.</summary>
    public bool CanStartConsultation() => Status == RequestStatus.Processing;

    /// <summary>结束征求意见 is open: a consultation runs.</summary>
    public bool CanEndConsultation() => Status == RequestStatus.InConsultation;

    /// <summary>延期申请 is open: in process or in consultation, and the time limit was never extended or asked to be.</summary>
    public bool CanRequestExtension() =>
        Status is RequestStatus.Processing or RequestStatus.InConsultation && ExtensionDays == 0 && ExtensionRequestedDays is null;

    /// <summary>
    /// 延期审批 by <paramref name="by"/> is open: an extension waits, the case is open, and the decider is not the
    /// clerk who asked for it.
    /// </summary>
    // Stryker disable once Boolean : equivalent, "refusing" only picks the wording of the reason and this asks whether there is one
    public bool CanDecideExtension(string by) => CannotDecideExtension(by, refusing: false) is null;

    /// <summary>提出办理意见 is open: the case is in process.</summary>
    public bool CanProposeDecision() => Status == RequestStatus.Processing;

    /// <summary>报批 (approve or return) by <paramref name="by"/> is open: a proposal waits and somebody else made it.</summary>
    public bool CanDecideProposal(string by) =>
        Status == RequestStatus.PendingApproval && !string.Equals(by, DecisionProposedBy, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// 答复 files (the disclosed information) may be attached or removed while the case is in process, so they go to
    /// the head of the office with the proposed decision (报批) and are fixed once it is approved.
    /// </summary>
    public bool CanChangeReplyFiles() => Status == RequestStatus.Processing;

    /// <summary>The reply is answered (送达) and the applicant, holding the query code, may read it online.</summary>
    public bool IsReplyOnline => Status == RequestStatus.Answered && Outcome is not null;

    /// <summary>
    /// The information itself goes online to the holder of the query code: the reply is answered, something was
    /// disclosed, and the applicant asked to receive it 网上获取 or 电子邮件.
    /// </summary>
    public bool ProvidesInformationOnline =>
        IsReplyOnline
        && ReceivingMethod is ReceivingMethod.Online or ReceivingMethod.Email
        && RequestOutcomes.Group(Outcome!.Value) is RequestOutcomeGroup.Disclosed or RequestOutcomeGroup.PartlyDisclosed;

    /// <summary>
    /// Who the case waits for now and for what (办理经过's "下一步"), so anyone who may see it — the county reviewer on a
    /// township's case included — knows who acts next; null once closed.
    /// </summary>
    public AwaitedStep? Awaited() => Status switch
    {
        RequestStatus.Registered => new(RequestParty.HandlingOrganisation, "受理（或一次性告知补正、转办）"),
        RequestStatus.Processing when HasPendingExtension => new(RequestParty.HeadOfOffice, "审批延期申请"),
        RequestStatus.Processing => new(RequestParty.HandlingOrganisation, "办理并提出办理意见"),
        RequestStatus.AwaitingSupplement => new(RequestParty.Applicant, $"补正（期限至 {SupplementDeadline:yyyy-MM-dd}）"),
        RequestStatus.InConsultation when HasPendingExtension => new(RequestParty.HeadOfOffice, "审批延期申请（同时等待被征求意见方答复）"),
        RequestStatus.InConsultation => new(RequestParty.ConsultedParty, "提出意见（征求意见期间答复期限暂停计算）"),
        RequestStatus.PendingApproval => new(RequestParty.HeadOfOffice, "审批办理意见（报批）"),
        RequestStatus.Approved => new(RequestParty.HandlingOrganisation, "出具答复告知书并送达"),
        _ => null,
    };

    /// <summary>送达 is open: the answer is approved.</summary>
    public bool CanDeliver() => Status == RequestStatus.Approved;

    /// <summary>转办 is open: registered or in process.</summary>
    public bool CanTransfer() => Status is RequestStatus.Registered or RequestStatus.Processing;

    /// <summary>
    /// The steps <paramref name="actor"/> may take on <paramref name="today"/>: the clerk of the organisation applied to
    /// handles the case; a reviewer (the head of the office) decides extensions and proposals of somebody else.
    /// </summary>
    public AllowedRequestActions Allowed(Actor actor, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var handling = actor.IsClerkOf(OrganisationId);
        var head = actor.IsReviewer;
        return new AllowedRequestActions(
            CanAccept: handling && CanAccept(),
            CanRequestSupplement: handling && CanRequestSupplement(),
            CanReceiveSupplement: handling && CanReceiveSupplement(),
            CanMarkAbandoned: handling && CanMarkAbandoned(today),
            CanStartConsultation: handling && CanStartConsultation(),
            CanEndConsultation: handling && CanEndConsultation(),
            CanRequestExtension: handling && CanRequestExtension(),
            CanDecideExtension: head && CanDecideExtension(actor.UserName),
            CanProposeDecision: handling && CanProposeDecision(),
            CanDecideProposal: head && CanDecideProposal(actor.UserName),
            CanDeliver: handling && CanDeliver(),
            CanTransfer: handling && CanTransfer());
    }

    /// <summary>Records the hash of the query code handed to the applicant; once only.</summary>
    public void IssueQueryCode(string hash)
    {
        if (QueryCodeHash is not null)
        {
            throw new DomainException("查询码已发放。");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        QueryCodeHash = hash;
    }

    /// <summary>受理.</summary>
    public void Accept(DateOnly on)
    {
        Guard(CanAccept(), "只有已登记的申请可以受理。");
        NotBefore(on, ReceivedOn, "受理日期不能早于收到申请的日期。");
        AcceptedOn = on;
        Status = RequestStatus.Processing;
    }

    /// <summary>补正告知: once only (第三十条 一次性告知), with the items and the last day to supplement.</summary>
    public void RequestSupplement(string items, DateOnly on, DateOnly deadline)
    {
        Guard(CanRequestSupplement(), Status is RequestStatus.Registered or RequestStatus.Processing
            ? "补正应一次性告知，本申请已告知过补正。"
            : "只有已登记或办理中的申请可以告知补正。");

        if (string.IsNullOrWhiteSpace(items))
        {
            throw new DomainException("请写明需要补正的事项。");
        }

        NotBefore(on, ReceivedOn, "补正告知日期不能早于收到申请的日期。");
        if (deadline <= on)
        {
            throw new DomainException("补正期限应晚于告知日期。");
        }

        SupplementItems = items.Trim();
        SupplementRequestedOn = on;
        SupplementDeadline = deadline;
        AcceptedOn ??= on;
        Status = RequestStatus.AwaitingSupplement;
    }

    /// <summary>收到补正: the answer clock restarts from this day (第三十条).</summary>
    public void ReceiveSupplement(DateOnly on)
    {
        Guard(CanReceiveSupplement(), "只有补正中的申请可以登记收到补正。");
        NotBefore(on, SupplementRequestedOn!.Value, "收到补正的日期不能早于补正告知日期。");
        SupplementReceivedOn = on;
        Status = RequestStatus.Processing;
    }

    /// <summary>视为放弃: no supplement by the deadline given (第三十条); counted as 其他处理 1 in the annual report.</summary>
    public void MarkAbandoned(DateOnly today)
    {
        Guard(CanMarkAbandoned(today), Status != RequestStatus.AwaitingSupplement
            ? "只有补正中的申请可以视为放弃。"
            : $"补正期限（{SupplementDeadline:yyyy-MM-dd}）尚未届满，不能视为放弃。");

        Outcome = RequestOutcome.OtherNoSupplement;
        ClosedOn = today;
        Status = RequestStatus.Abandoned;
    }

    /// <summary>征求意见: pauses the answer clock until <see cref="EndConsultation"/>.</summary>
    public void StartConsultation(ConsultationKind kind, string party, DateOnly on)
    {
        Guard(CanStartConsultation(), "只有办理中的申请可以征求意见。");
        if (string.IsNullOrWhiteSpace(party))
        {
            throw new DomainException("请填写被征求意见的第三方或机关。");
        }

        NotBefore(on, SupplementReceivedOn ?? ReceivedOn, "征求意见日期不能早于答复期限的起算日。");
        if (_consultations.Any(c => c.EndedOn > on))
        {
            throw new DomainException("征求意见日期不能早于上一次征求意见的结束日期。");
        }

        _consultations.Add(new RequestConsultation(kind, party.Trim(), on));
        Status = RequestStatus.InConsultation;
    }

    /// <summary>收到意见 (possibly early), or the 15 working days ran out.</summary>
    public void EndConsultation(DateOnly on, string? opinion)
    {
        Guard(CanEndConsultation(), "只有征求意见中的申请可以结束征求意见。");
        OpenConsultation!.End(on, opinion);
        Status = RequestStatus.Processing;
    }

    /// <summary>延期申请, at most 20 working days, once; needs the head of the office (<see cref="ApproveExtension"/>).</summary>
    public void RequestExtension(int workingDays, string reason, string by)
    {
        Guard(CanRequestExtension(), Status is RequestStatus.Processing or RequestStatus.InConsultation
            ? "答复期限只能延长一次。"
            : "只有办理中或征求意见中的申请可以申请延期。");

        if (workingDays is < 1 or > RequestDeadlines.MaximumExtensionWorkingDays)
        {
            throw new DomainException($"延长期限应为 1 至 {RequestDeadlines.MaximumExtensionWorkingDays} 个工作日。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("请写明延期理由。");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ExtensionRequestedDays = workingDays;
        ExtensionReason = reason.Trim();
        ExtensionRequestedBy = by;
    }

    /// <summary>政府信息公开工作机构负责人同意延期.</summary>
    public void ApproveExtension(string by)
    {
        if (CannotDecideExtension(by, refusing: false) is { } reason)
        {
            throw new DomainException(reason);
        }

        ExtensionDays = ExtensionRequestedDays!.Value;
        ExtensionApprovedBy = by;
    }

    /// <summary>The head does not agree to the extension: the request is withdrawn and the time limit stays.</summary>
    public void RefuseExtension(string by)
    {
        if (CannotDecideExtension(by, refusing: true) is { } reason)
        {
            throw new DomainException(reason);
        }

        ExtensionRequestedDays = null;
        ExtensionReason = null;
        ExtensionRequestedBy = null;
    }

    /// <summary>An extension was asked for and waits for the head of the office.</summary>
    public bool HasPendingExtension => ExtensionRequestedDays is not null && ExtensionDays == 0;

    /// <summary>提出办理意见 with the typed outcome; goes to the head of the office (报批).</summary>
    public void ProposeDecision(RequestOutcome outcome, string text, DateOnly on, string by)
    {
        Guard(CanProposeDecision(), "只有办理中的申请可以提出办理意见。");
        if (!Enum.IsDefined(outcome) || outcome == RequestOutcome.OtherNoSupplement)
        {
            throw new DomainException("办理结果不正确；逾期不补正请使用“视为放弃”。");
        }

        if (outcome == RequestOutcome.UnavailableStillUnclear && SupplementReceivedOn is null)
        {
            throw new DomainException("“补正后申请内容仍不明确”只适用于已补正的申请。");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("请写明办理意见。");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        Outcome = outcome;
        DecisionText = text.Trim();
        DecisionProposedOn = on;
        DecisionProposedBy = by;
        Status = RequestStatus.PendingApproval;
    }

    /// <summary>报批通过: the 答复告知书 is issued, with its 文号 when the unit has a pattern.</summary>
    public void ApproveDecision(string by, DateOnly on, string? noticeNumber = null)
    {
        Guard(CanDecideProposal(by), Status != RequestStatus.PendingApproval
            ? "只有待报批的申请可以批准。"
            : "报批应由提出办理意见以外的工作机构负责人批准，不能批准自己提出的办理意见。");

        NotBefore(on, DecisionProposedOn!.Value, "批准日期不能早于提出办理意见的日期。");
        ApprovedBy = by;
        ApprovedOn = on;
        ReplyNoticeNumber = string.IsNullOrWhiteSpace(noticeNumber) ? null : noticeNumber.Trim();
        ReviewComment = null;
        Status = RequestStatus.Approved;
    }

    /// <summary>报批退回 with a comment.</summary>
    public void ReturnDecision(string comment, string by)
    {
        Guard(CanDecideProposal(by), Status != RequestStatus.PendingApproval
            ? "只有待报批的申请可以退回。"
            : "报批应由提出办理意见以外的工作机构负责人审批。");

        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("退回时必须填写意见。");
        }

        ReviewComment = comment.Trim();
        Outcome = null;
        Status = RequestStatus.Processing;
    }

    /// <summary>送达: the method and the day signed for.</summary>
    public void Deliver(ReceivingMethod method, DateOnly on)
    {
        Guard(CanDeliver(), "只有已批准的答复可以送达。");
        NotBefore(on, ApprovedOn!.Value, "送达日期不能早于批准日期。");
        DeliveryMethod = method;
        DeliveredOn = on;
        ClosedOn = on;
        Status = RequestStatus.Answered;
    }

    /// <summary>转办 to the organisation responsible; the case closes here and is counted there.</summary>
    public void Transfer(int organisationId, string reason, DateOnly on)
    {
        Guard(CanTransfer(), "只有已登记或办理中的申请可以转办。");

        if (organisationId == OrganisationId)
        {
            throw new DomainException("不能转办给本机关。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("请写明转办理由。");
        }

        TransferredToOrganisationId = organisationId;
        TransferReason = reason.Trim();
        ClosedOn = on;
        Status = RequestStatus.Transferred;
    }

    /// <summary>
    /// The receiving organisation takes in a transferred application (转办) on <paramref name="receivedOn"/>: a new case
    /// under a new number, with the applicant's details and query code, whose time limit runs from that day.
    /// </summary>
    public static DisclosureRequest FromTransfer(string number, DisclosureRequest original, DateOnly receivedOn)
    {
        if (original.Status != RequestStatus.Transferred || original.TransferredToOrganisationId is not int organisationId)
        {
            throw new DomainException("只有已转办的申请可以由受转机关接收。");
        }

        NotBefore(receivedOn, original.ClosedOn!.Value, "接收日期不能早于转办日期。");
        var copy = new DisclosureRequest(
            number,
            organisationId,
            new ApplicantDetails(original.ApplicantType, original.ApplicantName, original.IdType, original.IdNumber,
                original.Phone, original.Email, original.PostalAddress),
            new RequestedInformation(original.Description, original.Form, original.ReceivingMethod),
            original.Channel,
            receivedOn)
        {
            TransferredFromRequestId = original.Id,
            QueryCodeHash = original.QueryCodeHash,
        };
        return copy;
    }

    /// <summary>The receipt and query code were e-mailed at <paramref name="at"/> (UTC).</summary>
    public void RecordReceiptEmailSent(DateTime at)
    {
        ReceiptEmailSentAt = at;
        ReceiptEmailProblem = null;
    }

    /// <summary>E-mailing the receipt failed or was not possible; staff see why and contact the applicant otherwise.</summary>
    public void RecordReceiptEmailProblem(string problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        ReceiptEmailProblem = problem.Length > 500 ? problem[..500] : problem;
    }

    /// <summary>What <see cref="ApplicantName"/> reads once the applicant's personal data is removed.</summary>
    public const string AnonymisedName = "（已匿名）";

    /// <summary>True once <see cref="Anonymise"/> has removed the applicant's personal data.</summary>
    public bool IsAnonymised => ApplicantName == AnonymisedName;

    /// <summary>
    /// Removes the applicant's personal data from a closed case after the retention period: name, identity document
    /// number, contact data, address and the query code; a third party's name and opinion too. What the case was about,
    /// the decision and every date and type the annual report counts stay. Doing it twice changes nothing.
    /// </summary>
    public void Anonymise()
    {
        if (!IsClosed)
        {
            throw new DomainException("只有已办结的申请可以匿名化。");
        }

        ApplicantName = AnonymisedName;
        IdNumber = "";
        Phone = null;
        Email = null;
        PostalAddress = null;
        QueryCodeHash = null;
        foreach (var consultation in _consultations.Where(c => c.Kind == ConsultationKind.ThirdParty))
        {
            consultation.Anonymise();
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void NotBefore(DateOnly day, DateOnly earliest, string message)
    {
        if (day < earliest)
        {
            throw new DomainException(message);
        }
    }

    private static void Guard(bool allowed, string reason)
    {
        if (!allowed)
        {
            throw new DomainException(reason);
        }
    }

    /// <summary>Why <paramref name="by"/> may not approve (or refuse) the pending extension now; null when they may.</summary>
    private string? CannotDecideExtension(string by, bool refusing)
    {
        if (!HasPendingExtension)
        {
            return "没有待审批的延期申请。";
        }

        if (IsClosed)
        {
            return "已办结的申请不能延期。";
        }

        if (string.Equals(by, ExtensionRequestedBy, StringComparison.OrdinalIgnoreCase))
        {
            return refusing
                ? "延期申请应由申请人以外的工作机构负责人审批。"
                : "延期应由提出延期申请以外的工作机构负责人批准，不能自己批准自己的申请。";
        }

        return null;
    }
}
