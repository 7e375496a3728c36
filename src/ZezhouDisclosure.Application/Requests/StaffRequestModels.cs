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

/// <summary>One line of the staff to-do list. Personal data masked.</summary>
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
    RequestUrgency Urgency);

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
    bool IsHandlingClerk);
