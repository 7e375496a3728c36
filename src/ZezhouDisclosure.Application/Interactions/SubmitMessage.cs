using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>
/// A citizen sends a 留言/咨询 (to a unit, or 不确定) or a 我为政府网站找错 report. It waits in the county office's
/// queue for triage; its answer limit (working days of its category) runs from the day it arrives. Idempotent like
/// the 依申请公开 form: a second POST of the same form finds the first message.
/// </summary>
/// <remarks><c>OrganisationId</c>: the unit addressed; null or 0: 不确定 (the county office routes it).</remarks>
public sealed record SubmitMessageCommand(
    string? SubmissionKey,
    MessageKind Kind,
    MessageCategory? Category,
    int? OrganisationId,
    string? Title,
    string? Content,
    string? Name,
    string? Phone,
    string? Email,
    string? PageUrl,
    bool PublicationConsent) : ICommand<SubmitMessageResult>;

/// <summary>The receipt; <c>QueryCode</c> is the secret code, only when this call created the message (null on a repeated POST).</summary>
public sealed record SubmitMessageResult(string Number, string? QueryCode, DateOnly ReceivedOn, DateOnly DueOn, MessageKind Kind);

public sealed class SubmitMessageValidator : AbstractValidator<SubmitMessageCommand>
{
    public const int MaxPageUrl = 500;

    public SubmitMessageValidator(IAppDbContext db, TimeProvider time)
    {
        RuleFor(x => x.SubmissionKey).NotEmpty().WithMessage("表单已失效，请重新打开留言页面。")
            .Matches("^[0-9a-f]{32}$").WithMessage("表单已失效，请重新打开留言页面。");
        RuleFor(x => x.Category).NotNull().WithMessage("请选择留言类别。")
            .Must(c => c is null || InteractionLabels.EnquiryCategories.Contains(c.Value)).When(x => x.Kind == MessageKind.Enquiry)
            .WithMessage("请选择留言类别。");
        RuleFor(x => x.OrganisationId)
            .MustAsync(async (id, ct) =>
            {
                var today = ChinaTime.Today(time);
                var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
                return organisation is not null && organisation.IsActiveOn(today);
            })
            .When(x => x.OrganisationId is > 0)
            .WithMessage("请选择要留言的单位，或选择“不确定”。");
        RuleFor(x => x.Title).NotEmpty().WithMessage("请填写标题。")
            .MaximumLength(DataLimits.ShortText).WithMessage($"标题不能超过 {DataLimits.ShortText} 个字。");
        RuleFor(x => x.Content).NotEmpty().WithMessage("请填写内容。")
            .MaximumLength(DataLimits.Description).WithMessage($"内容不能超过 {DataLimits.Description} 个字。");
        RuleFor(x => x.Name).NotEmpty().When(x => x.Kind == MessageKind.Enquiry).WithMessage("请填写姓名。")
            .MaximumLength(DataLimits.ShortText).WithMessage("姓名过长。");
        RuleFor(x => x.Phone).MaximumLength(DataLimits.Code).WithMessage("联系电话过长。")
            .Matches(@"^[0-9+\-\s()]{7,20}$").When(x => !string.IsNullOrWhiteSpace(x.Phone)).WithMessage("联系电话格式不正确。");
        RuleFor(x => x.Email).MaximumLength(DataLimits.UserName).WithMessage("电子邮箱过长。")
            .EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email)).WithMessage("电子邮箱格式不正确。");
        RuleFor(x => x.Phone)
            .Must((x, _) => !string.IsNullOrWhiteSpace(x.Phone) || !string.IsNullOrWhiteSpace(x.Email))
            .When(x => x.Kind == MessageKind.Enquiry)
            .WithMessage("联系电话和电子邮箱至少填写一项。");
        RuleFor(x => x.PageUrl).MaximumLength(MaxPageUrl).WithMessage("页面地址过长。");
    }
}

public sealed class SubmitMessageHandler(IAppDbContext db, TimeProvider time, MessageDeadlines deadlines)
    : ICommandHandler<SubmitMessageCommand, SubmitMessageResult>
{
    public async ValueTask<SubmitMessageResult> Handle(SubmitMessageCommand command, CancellationToken cancellationToken)
    {
        // Reviewed use of IgnoreQueryFilters: the citizen is anonymous (outside every unit's scope); a repeated POST
        // must still find the message it already made.
        var messages = db.CitizenMessages.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking();
        var existing = await messages.Where(m => m.SubmissionKey == command.SubmissionKey)
            .Select(m => new { m.Number, m.ReceivedOn, m.DueOn, m.Kind }).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new SubmitMessageResult(existing.Number, null, existing.ReceivedOn, existing.DueOn, existing.Kind);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(time);
        var category = command.Kind == MessageKind.ErrorReport ? MessageCategory.SiteError : command.Category!.Value;
        var calendar = await RequestCalendar.LoadAsync(db, cancellationToken);
        var dueOn = calendar.AddWorkingDays(today, deadlines.WorkingDaysFor(category));

        // Numbers run county-wide per kind and day; two racing submissions collide on the unique index (a conflict).
        var prefix = MessageNumber.Format(command.Kind, today, 1)[..^4];
        var last = await messages.Where(m => m.Number.StartsWith(prefix)).OrderByDescending(m => m.Number)
            .Select(m => m.Number).FirstOrDefaultAsync(cancellationToken);
        var number = MessageNumber.Format(command.Kind, today, last is null ? 1 : int.Parse(last[^4..], CultureInfo.InvariantCulture) + 1);

        var countyOffice = await MessageAccess.CountyOfficeIdAsync(db, cancellationToken);
        var message = new CitizenMessage(
            number, command.Kind, category, countyOffice, command.OrganisationId is > 0 ? command.OrganisationId : null,
            command.Title!, command.Content!, command.Name, command.Phone, command.Email, command.PageUrl,
            command.PublicationConsent, now, today, dueOn, command.SubmissionKey!);
        var code = QueryCodes.New();
        message.IssueQueryCode(QueryCodes.Hash(code));
        db.CitizenMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(InteractionAuditActions.Submit, nameof(CitizenMessage), message.Id.ToString(CultureInfo.InvariantCulture), message.OrganisationId,
            $"收到{InteractionLabels.Of(message.Kind)} {message.Number}");
        await db.SaveChangesAsync(cancellationToken);
        return new SubmitMessageResult(message.Number, code, today, dueOn, message.Kind);
    }
}
