using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Web.Features.Requests.Models;

/// <summary>The 登记 form; property names equal <see cref="RegisterRequestCommand"/>'s so errors land on fields.</summary>
public sealed record RegisterRequestForm
{
    public string? SubmissionKey { get; init; }

    public RequestChannel? Channel { get; init; }

    public DateOnly? ReceivedOn { get; init; }

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

    public RegisterRequestCommand ToCommand() => new(
        SubmissionKey, Channel, ReceivedOn, ApplicantType, ApplicantName, IdType, IdNumber, Phone, Email, PostalAddress,
        Description, Form, ReceivingMethod);
}
