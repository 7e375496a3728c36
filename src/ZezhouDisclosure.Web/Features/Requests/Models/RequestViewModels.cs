using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Web.Features.Requests.Models;

/// <summary>The 依申请公开 form; property names equal <see cref="SubmitRequestCommand"/>'s so errors land on fields.</summary>
public sealed record ApplyForm
{
    /// <summary>The fields top to bottom as the form shows them: the error summary lists errors in this order.</summary>
    public static readonly IReadOnlyList<string> FieldOrder =
    [
        nameof(OrganisationId), nameof(ApplicantType), nameof(ApplicantName), nameof(IdType), nameof(IdNumber), nameof(Phone),
        nameof(Email), nameof(PostalAddress), nameof(Description), nameof(Form), nameof(ReceivingMethod), nameof(PrivacyAccepted),
    ];

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
    /// <summary>A query code is 26 characters in groups of four (32 with the hyphens); room for pasted spaces around it.</summary>
    public const int QueryCodeMaxLength = 64;

    /// <summary>An application number is 15 characters; room for pasted spaces (a browser cuts a paste at maxlength).</summary>
    public const int NumberMaxLength = 40;

    public string? Number { get; init; }

    public string? QueryCode { get; init; }
}

/// <param name="Form">The number as typed (never the code).</param>
/// <param name="Status">The application found, or null.</param>
/// <param name="NotFound">The Chinese "not found" (or expired link) message, or null.</param>
/// <param name="ReplyToken">The encrypted, short-lived token the reply's links carry (see ApplicantReplyTokens).</param>
public sealed record StatusViewModel(StatusQueryForm Form, RequestStatusView? Status, string? NotFound, string? ReplyToken = null);
