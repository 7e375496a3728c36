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
    StaffRequestProcedure Procedure);

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
