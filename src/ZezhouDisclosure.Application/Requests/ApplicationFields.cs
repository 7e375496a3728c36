using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// The fields of an application that 条例第二十九条 requires, shared by the citizen's online form and the clerk's
/// registration of a letter, visit or fax, so both are checked by the same rules.
/// </summary>
public interface IApplicationFields
{
    ApplicantType? ApplicantType { get; }

    string? ApplicantName { get; }

    IdDocumentType? IdType { get; }

    string? IdNumber { get; }

    string? Phone { get; }

    string? Email { get; }

    string? PostalAddress { get; }

    string? Description { get; }

    InformationForm? Form { get; }

    ReceivingMethod? ReceivingMethod { get; }
}

/// <summary>
/// The applicant and information rules (身份证 check digit, 统一社会信用代码, contact, description, form and method).
/// Included by <see cref="SubmitRequestValidator"/> and <see cref="RegisterRequestValidator"/>; not registered on its own.
/// </summary>
internal sealed class ApplicationFieldsValidator : AbstractValidator<IApplicationFields>
{
    public ApplicationFieldsValidator()
    {
        RuleFor(x => x.ApplicantType).NotNull().WithMessage("请选择申请人类型。")
            .Must(t => t is null || Enum.IsDefined(t.Value)).WithMessage("请选择申请人类型。");
        RuleFor(x => x.ApplicantName).NotEmpty().WithMessage("请填写申请人姓名或者名称。")
            .MaximumLength(DataLimits.Name).WithMessage($"姓名或者名称不能超过{DataLimits.Name}个字。");
        RuleFor(x => x.IdType).NotNull().WithMessage("请选择证件类型。")
            .Must(t => t is null || Enum.IsDefined(t.Value)).WithMessage("请选择证件类型。");
        RuleFor(x => x.IdType)
            .Must((x, t) => t != IdDocumentType.ResidentIdCard || x.ApplicantType == Domain.Requests.ApplicantType.NaturalPerson)
            .WithMessage("法人或其他组织请选择统一社会信用代码或其他证照。")
            .Must((x, t) => t != IdDocumentType.UnifiedSocialCreditCode || x.ApplicantType is not (null or Domain.Requests.ApplicantType.NaturalPerson))
            .WithMessage("自然人请选择居民身份证、护照或其他证件。");
        RuleFor(x => x.IdNumber).Custom((number, context) =>
        {
            if (context.InstanceToValidate.IdType is { } type && IdentityNumbers.Problem(type, number) is { } problem)
            {
                context.AddFailure(problem);
            }
            else if (context.InstanceToValidate.IdType is null && string.IsNullOrWhiteSpace(number))
            {
                // No type chosen yet: the empty number is still an error of its own, so both fields are flagged at once.
                context.AddFailure("请填写证件号码。");
            }
        });
        RuleFor(x => x.Phone).MaximumLength(DataLimits.Code).WithMessage("联系电话过长。")
            .Matches(@"^[0-9+\-\s()]{7,20}$").When(x => !string.IsNullOrWhiteSpace(x.Phone)).WithMessage("联系电话格式不正确。");
        RuleFor(x => x.Email).MaximumLength(DataLimits.UserName).WithMessage("电子邮箱过长。")
            .EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email)).WithMessage("电子邮箱格式不正确。");
        RuleFor(x => x.PostalAddress).MaximumLength(DataLimits.Title).WithMessage($"通信地址不能超过{DataLimits.Title}个字。");
        RuleFor(x => x.Phone)
            .Must((x, _) => !string.IsNullOrWhiteSpace(x.Phone) || !string.IsNullOrWhiteSpace(x.Email) || !string.IsNullOrWhiteSpace(x.PostalAddress))
            .WithMessage("联系电话、电子邮箱、通信地址至少填写一项。");
        RuleFor(x => x.Description).NotEmpty().WithMessage("请描述所需政府信息（名称、文号或者其他特征）。")
            .MaximumLength(DataLimits.Description).WithMessage($"所需信息描述不能超过{DataLimits.Description}个字。");
        RuleFor(x => x.Form).NotNull().WithMessage("请选择信息的载体形式。")
            .Must(f => f is null || Enum.IsDefined(f.Value)).WithMessage("请选择信息的载体形式。");
        RuleFor(x => x.ReceivingMethod).NotNull().WithMessage("请选择获取信息的方式。")
            .Must(m => m is null || Enum.IsDefined(m.Value)).WithMessage("请选择获取信息的方式。");
        RuleFor(x => x.Email).NotEmpty().When(x => x.ReceivingMethod == Domain.Requests.ReceivingMethod.Email)
            .WithMessage("选择电子邮件获取时请填写电子邮箱。");
        RuleFor(x => x.PostalAddress).NotEmpty().When(x => x.ReceivingMethod == Domain.Requests.ReceivingMethod.Post)
            .WithMessage("选择邮寄获取时请填写通信地址。");
    }

    /// <summary>The applicant and information as the entity takes them (the ID number normalised).</summary>
    public static (ApplicantDetails Applicant, RequestedInformation Information) ToDetails(IApplicationFields fields) =>
    (
        new ApplicantDetails(
            fields.ApplicantType!.Value, fields.ApplicantName!, fields.IdType!.Value, IdentityNumbers.Normalise(fields.IdNumber),
            fields.Phone, fields.Email, fields.PostalAddress),
        new RequestedInformation(fields.Description!, fields.Form!.Value, fields.ReceivingMethod!.Value)
    );
}
