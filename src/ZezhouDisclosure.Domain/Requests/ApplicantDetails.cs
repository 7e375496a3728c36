namespace ZezhouDisclosure.Domain.Requests;

/// <summary>申请人 details required by 条例第二十九条第二款第一项: name, 身份证明, contact.</summary>
public sealed record ApplicantDetails(
    ApplicantType Type,
    string Name,
    IdDocumentType IdType,
    string IdNumber,
    string? Phone,
    string? Email,
    string? PostalAddress)
{
    public bool IsNaturalPerson => Type == ApplicantType.NaturalPerson;
}

/// <summary>What is asked for (第二十九条第二款第二、三项).</summary>
public sealed record RequestedInformation(string Description, InformationForm Form, ReceivingMethod ReceivingMethod);
