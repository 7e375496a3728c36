using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// 登记: a clerk of the organisation applied to registers an application that came by letter, in person or by fax,
/// with the 收到申请之日 the channel's rule gives (条例第三十一条). It gets a number and a query code like an online
/// application, which the clerk hands to the applicant. Idempotent by the form's one-time key, like the online form.
/// </summary>
public sealed record RegisterRequestCommand(
    string? SubmissionKey,
    RequestChannel? Channel,
    DateOnly? ReceivedOn,
    ApplicantType? ApplicantType,
    string? ApplicantName,
    IdDocumentType? IdType,
    string? IdNumber,
    string? Phone,
    string? Email,
    string? PostalAddress,
    string? Description,
    InformationForm? Form,
    ReceivingMethod? ReceivingMethod) : ICommand<SubmitRequestResult>, IApplicationFields;

public sealed class RegisterRequestValidator : AbstractValidator<RegisterRequestCommand>
{
    /// <summary>How far back a receipt date may lie: a letter signed for last year is a data-entry slip.</summary>
    public const int MaximumDaysBack = 60;

    public RegisterRequestValidator(TimeProvider time)
    {
        RuleFor(x => x.SubmissionKey).NotEmpty().WithMessage("表单已失效，请重新打开登记页面。")
            .Matches("^[0-9a-f]{32}$").WithMessage("表单已失效，请重新打开登记页面。");
        RuleFor(x => x.Channel).NotNull().WithMessage("请选择申请渠道。")
            .Must(c => c is null || c is RequestChannel.InPerson or RequestChannel.Post or RequestChannel.Fax)
            .WithMessage("请选择信函、当面或传真；在线申请由申请人在网站提交。");
        RuleFor(x => x.ReceivedOn).NotNull().WithMessage("请填写收到申请之日。")
            .Must(d => d is null || d <= ChinaTime.Today(time)).WithMessage("收到申请之日不能晚于今天。")
            .Must(d => d is null || d >= ChinaTime.Today(time).AddDays(-MaximumDaysBack))
            .WithMessage($"收到申请之日不能早于 {MaximumDaysBack} 天前，请核对日期。");
        Include(new ApplicationFieldsValidator());
    }
}

public sealed class RegisterRequestHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<RegisterRequestCommand, SubmitRequestResult>
{
    public async ValueTask<SubmitRequestResult> Handle(RegisterRequestCommand command, CancellationToken cancellationToken)
    {
        var organisationId = currentUser.RequireClerkOrganisation();
        var existing = await db.DisclosureRequests.AsNoTracking()
            .Where(r => r.SubmissionKey == command.SubmissionKey && r.OrganisationId == organisationId)
            .Select(r => new { r.Number, r.ReceivedOn })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new SubmitRequestResult(existing.Number, null, existing.ReceivedOn);
        }

        var today = ChinaTime.Today(time);
        var number = await RequestNumbers.NextAsync(db, today, cancellationToken);
        var (applicant, information) = ApplicationFieldsValidator.ToDetails(command);
        var request = new DisclosureRequest(
            number, organisationId, applicant, information, command.Channel!.Value, command.ReceivedOn!.Value, command.SubmissionKey);
        var code = QueryCodes.New();
        request.IssueQueryCode(QueryCodes.Hash(code));
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(RequestAuditActions.Register, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), organisationId,
            $"登记{RequestLabels.Of(request.Channel)}提交的政府信息公开申请 {request.Number}，收到申请之日 {request.ReceivedOn:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == request.OrganisationId, cancellationToken);
        return new SubmitRequestResult(request.Number, code, request.ReceivedOn, request.Email, organisation.OfficialName);
    }

    /// <summary>The rule of 条例第三十一条 for each channel, shown next to the date field.</summary>
    public static string ReceiptRule(RequestChannel channel) => channel switch
    {
        RequestChannel.InPerson => "当面提交：以提交之日为收到申请之日。",
        RequestChannel.Post => "邮寄：以本机关签收之日为收到申请之日；平常信函等无需签收的，以收到当日与申请人确认之日为准。",
        RequestChannel.Fax => "传真：以双方确认之日为收到申请之日。",
        _ => "互联网渠道：以双方确认之日为收到申请之日。",
    };
}
