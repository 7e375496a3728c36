using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>How pressing an open application is on the to-do list.</summary>
public enum RequestUrgency
{
    Normal = 0,

    /// <summary>Due within 3 working days.</summary>
    DueSoon = 1,

    /// <summary>Past its due date.</summary>
    Overdue = 2,

    /// <summary>The clock is stopped (补正 awaited or a consultation open).</summary>
    Paused = 3,
}

/// <summary>
/// One line of the staff to-do list. Personal data masked. <c>AwaitsHead</c>: a decision (报批) or an extension waits
/// for the head of the disclosure office.
/// </summary>
public sealed record StaffRequestRow(
    int Id,
    string Number,
    string OrganisationName,
    string ApplicantName,
    DateOnly ReceivedOn,
    RequestStatus Status,
    DateOnly DueDate,
    bool DueDateIsEstimate,
    int WorkingDaysLeft,
    RequestUrgency Urgency,
    bool AwaitsHead = false);

/// <summary>The case page. <see cref="IdNumber"/> is masked; the handling clerk may reveal it (audited).</summary>
public sealed record StaffRequestDetails(
    int Id,
    int Version,
    string Number,
    int OrganisationId,
    string OrganisationName,
    string ApplicantType,
    string ApplicantName,
    string IdType,
    string IdNumber,
    string? Phone,
    string? Email,
    string? PostalAddress,
    string Description,
    string Form,
    string ReceivingMethod,
    string Channel,
    DateOnly ReceivedOn,
    RequestStatus Status,
    string? Outcome,
    RequestDeadline? Deadline,
    bool IsHandlingClerk,
    StaffRequestProcedure Procedure,
    StaffRequestReply? Reply = null);

/// <summary>
/// The case page's reply and follow-up facts: the files of the disclosed information (and whether the current user may
/// change them now), the reply's 文号, the receipt e-mail's outcome, 受理 day, and who the case waits for.
/// </summary>
/// <param name="Files">答复所附信息.</param>
/// <param name="CanChangeFiles">The handling clerk, while the case is in process.</param>
/// <param name="NoticeNumber">The 答复告知书's 文号, once approved under a pattern.</param>
/// <param name="ReceiptEmailSentAt">When the receipt and query code were e-mailed (UTC).</param>
/// <param name="ReceiptEmailProblem">Why they were not, for staff to contact the applicant otherwise.</param>
/// <param name="AcceptedOn">受理日期.</param>
/// <param name="AwaitedParty">Who acts next (Chinese, with the unit's name), or null once closed.</param>
/// <param name="AwaitedStep">What they are to do.</param>
/// <param name="AwaitsCurrentUser">Whether the next step is the current user's to take.</param>
public sealed record StaffRequestReply(
    IReadOnlyList<ReplyFileRow> Files,
    bool CanChangeFiles,
    string? NoticeNumber,
    DateTime? ReceiptEmailSentAt,
    string? ReceiptEmailProblem,
    DateOnly? AcceptedOn,
    string? AwaitedParty,
    string? AwaitedStep,
    bool AwaitsCurrentUser);

/// <summary>A step of the procedure the current user may take on a case now (the case page shows its form).</summary>
public enum RequestAction
{
    Accept = 1,
    RequestSupplement,
    ReceiveSupplement,
    MarkAbandoned,
    StartConsultation,
    EndConsultation,
    RequestExtension,
    DecideExtension,
    ProposeDecision,
    DecideProposal,
    Deliver,
    Transfer,

    /// <summary>Attach or remove 答复所附信息 (the form on the case page, not a step of the procedure).</summary>
    ReplyFiles,
}

/// <summary>One 征求意见 as the case page shows it; <c>LatestEnd</c> is the last day its 15 working days may pause the clock.</summary>
public sealed record ConsultationView(
    ConsultationKind Kind, string KindLabel, string Party, DateOnly StartedOn, DateOnly? EndedOn, DateOnly LatestEnd, string? Opinion);

/// <summary>What has happened on a case so far, and what the current user may do next.</summary>
public sealed record StaffRequestProcedure(
    DateOnly Today,
    string? SupplementItems,
    DateOnly? SupplementRequestedOn,
    DateOnly? SupplementDeadline,
    DateOnly? SupplementReceivedOn,
    DateOnly SuggestedSupplementDeadline,
    IReadOnlyList<ConsultationView> Consultations,
    int? ExtensionRequestedDays,
    string? ExtensionReason,
    string? ExtensionRequestedBy,
    int ExtensionDays,
    string? ExtensionApprovedBy,
    RequestOutcome? OutcomeValue,
    string? DecisionText,
    DateOnly? DecisionProposedOn,
    string? DecisionProposedBy,
    string? ReviewComment,
    string? ApprovedBy,
    DateOnly? ApprovedOn,
    string? DeliveryMethod,
    DateOnly? DeliveredOn,
    DateOnly? ClosedOn,
    string? TransferredTo,
    string? TransferReason,
    string? TransferredToNumber,
    string? TransferredFromNumber,
    string? TransferredFromOrganisation,
    IReadOnlySet<RequestAction> Actions)
{
    public bool Can(RequestAction action) => Actions.Contains(action);
}
