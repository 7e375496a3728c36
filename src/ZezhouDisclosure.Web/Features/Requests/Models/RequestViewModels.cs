using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Web.Features.Requests.Models;

/// <summary>The 依申请公开 form; property names equal <see cref="SubmitRequestCommand"/>'s so errors land on fields.</summary>
public sealed record ApplyForm
{
    public string? SubmissionKey { get; init; }

    public int OrganisationId { get; init; }

    public ApplicantType? ApplicantType { get; init; }

    public string? ApplicantName { get; init; }

    public IdDocumentType? IdType { get; init; }

    public string? IdNumber { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? PostalAddress { get; init; }

    public string? Description { get; init; }

    public InformationForm? Form { get; init; }

    public ReceivingMethod? ReceivingMethod { get; init; }

    public bool PrivacyAccepted { get; init; }

    public SubmitRequestCommand ToCommand() => new(
        SubmissionKey, OrganisationId, ApplicantType, ApplicantName, IdType, IdNumber, Phone, Email, PostalAddress,
        Description, Form, ReceivingMethod, PrivacyAccepted);
}

public sealed record ApplyViewModel(ApplyForm Form, IReadOnlyList<OrganisationSummary> Organisations);

public sealed record StatusQueryForm
{
    /// <summary>A query code is 26 characters in groups of four (32 with the hyphens); room for typed spaces.</summary>
    public const int QueryCodeMaxLength = 40;

    public string? Number { get; init; }

    public string? QueryCode { get; init; }
}

public sealed record StatusViewModel(StatusQueryForm Form, RequestStatusView? Status, string? NotFound);
