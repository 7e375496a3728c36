using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
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
    bool PrivacyAccepted) : ICommand<SubmitRequestResult>, IApplicationFields;

/// <param name="Number">申请编号.</param>
/// <param name="ReceivedOn">收到申请之日.</param>
/// <param name="QueryCode">The secret code, only when this call created the application (null on a repeated POST).</param>
/// <param name="Email">The applicant's e-mail address, when this call created the application and one was given.</param>
/// <param name="OrganisationName">The legal name of the organisation applied to, for the e-mailed receipt.</param>
/// <param name="EmailSent">After the receipt e-mail was attempted: whether it went out (null: none was attempted).</param>
public sealed record SubmitRequestResult(
    string Number, string? QueryCode, DateOnly ReceivedOn, string? Email = null, string? OrganisationName = null, bool? EmailSent = null);

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
        Include(new ApplicationFieldsValidator());
        RuleFor(x => x.PrivacyAccepted).Equal(true).WithMessage("请阅读并同意个人信息处理说明。");
    }
}

public sealed class SubmitRequestHandler(IAppDbContext db, TimeProvider time)
    : ICommandHandler<SubmitRequestCommand, SubmitRequestResult>
{
    public async ValueTask<SubmitRequestResult> Handle(SubmitRequestCommand command, CancellationToken cancellationToken)
    {
        // Reviewed use of IgnoreQueryFilters: the applicant submits anonymously (out of every organisation's scope);
        // a repeated submission must still find the application it already made.
        var existing = await db.DisclosureRequests.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking()
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
        var (applicant, information) = ApplicationFieldsValidator.ToDetails(command);
        var request = new DisclosureRequest(
            number, command.OrganisationId, applicant, information, RequestChannel.Online, today, command.SubmissionKey);
        var code = QueryCodes.New();
        request.IssueQueryCode(QueryCodes.Hash(code));
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(RequestAuditActions.Submit, nameof(DisclosureRequest), request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            request.OrganisationId, $"网上提交政府信息公开申请 {request.Number}");
        await db.SaveChangesAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == request.OrganisationId, cancellationToken);
        return new SubmitRequestResult(request.Number, code, request.ReceivedOn, request.Email, organisation.OfficialName);
    }
}
