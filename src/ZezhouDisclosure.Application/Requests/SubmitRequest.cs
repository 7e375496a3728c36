using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// A citizen applies online (条例第二十九条). Idempotent: the form's one-time <see cref="SubmissionKey"/> is stored
/// with a unique index, so a second POST of the same form finds the first application instead of making another.
/// </summary>
public sealed record SubmitRequestCommand(
    string? SubmissionKey,
    int OrganisationId,
    ApplicantType? ApplicantType,
    string? ApplicantName,
    IdDocumentType? IdType,
    string? IdNumber,
    string? Phone,
    string? Email,
    string? PostalAddress,
    string? Description,
    InformationForm? Form,
    ReceivingMethod? ReceivingMethod,
    bool PrivacyAccepted) : ICommand<SubmitRequestResult>;

/// <param name="Number">申请编号.</param>
/// <param name="ReceivedOn">收到申请之日.</param>
/// <param name="QueryCode">The secret code, only when this call created the application (null on a repeated POST).</param>
public sealed record SubmitRequestResult(string Number, string? QueryCode, DateOnly ReceivedOn);

public sealed class SubmitRequestValidator : AbstractValidator<SubmitRequestCommand>
{
    public SubmitRequestValidator(IAppDbContext db, TimeProvider time)
    {
        RuleFor(x => x.SubmissionKey).NotEmpty().WithMessage("表单已失效，请重新打开申请页面。")
            .Matches("^[0-9a-f]{32}$").WithMessage("表单已失效，请重新打开申请页面。");
        RuleFor(x => x.OrganisationId)
            .MustAsync(async (id, ct) =>
            {
                var today = ChinaTime.Today(time);
                var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
                return organisation is not null && organisation.IsActiveOn(today);
            })
            .WithMessage("请选择受理申请的行政机关。");
        RuleFor(x => x.ApplicantType).NotNull().WithMessage("请选择申请人类型。")
            .Must(t => t is null || Enum.IsDefined(t.Value)).WithMessage("请选择申请人类型。");
        RuleFor(x => x.ApplicantName).NotEmpty().WithMessage("请填写申请人姓名或者名称。")
            .MaximumLength(DataLimits.Name).WithMessage($"姓名或者名称不能超过{DataLimits.Name}个字。");
        RuleFor(x => x.IdType).NotNull().WithMessage("请选择证件类型。")
            .Must(t => t is null || Enum.IsDefined(t.Value)).WithMessage("请选择证件类型。");
        RuleFor(x => x.IdType)
            .Must((x, t) => t != IdDocumentType.ResidentIdCard || x.ApplicantType == ApplicantType.NaturalPerson)
            .WithMessage("法人或其他组织请选择统一社会信用代码或其他证照。")
            .Must((x, t) => t != IdDocumentType.UnifiedSocialCreditCode || x.ApplicantType is not (null or ApplicantType.NaturalPerson))
            .WithMessage("自然人请选择居民身份证、护照或其他证件。");
        RuleFor(x => x.IdNumber).Custom((number, context) =>
        {
            if (context.InstanceToValidate.IdType is { } type && IdentityNumbers.Problem(type, number) is { } problem)
            {
                context.AddFailure(problem);
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
        RuleFor(x => x.PrivacyAccepted).Equal(true).WithMessage("请阅读并同意个人信息处理说明。");
    }
}

public sealed class SubmitRequestHandler(IAppDbContext db, TimeProvider time)
    : ICommandHandler<SubmitRequestCommand, SubmitRequestResult>
{
    public async ValueTask<SubmitRequestResult> Handle(SubmitRequestCommand command, CancellationToken cancellationToken)
    {
        var existing = await db.DisclosureRequests.AsNoTracking()
            .Where(r => r.SubmissionKey == command.SubmissionKey)
            .Select(r => new { r.Number, r.ReceivedOn })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new SubmitRequestResult(existing.Number, null, existing.ReceivedOn);
        }

        // 第三十一条第三项: an online application is received on the day the portal confirms it to the applicant.
        var today = ChinaTime.Today(time);
        var number = await RequestNumbers.NextAsync(db, today, cancellationToken);
        var request = new DisclosureRequest(
            number,
            command.OrganisationId,
            new ApplicantDetails(
                command.ApplicantType!.Value, command.ApplicantName!, command.IdType!.Value,
                IdentityNumbers.Normalise(command.IdNumber), command.Phone, command.Email, command.PostalAddress),
            new RequestedInformation(command.Description!, command.Form!.Value, command.ReceivingMethod!.Value),
            RequestChannel.Online,
            today,
            command.SubmissionKey);
        var code = QueryCodes.New();
        request.IssueQueryCode(QueryCodes.Hash(code));
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit("request.submit", nameof(DisclosureRequest), request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            request.OrganisationId, $"网上提交政府信息公开申请 {request.Number}");
        await db.SaveChangesAsync(cancellationToken);
        return new SubmitRequestResult(request.Number, code, request.ReceivedOn);
    }
}
