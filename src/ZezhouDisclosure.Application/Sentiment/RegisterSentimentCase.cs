using ZezhouDisclosure.Application.Common.Abstractions;
using System.Globalization;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Application.Sentiment;

/// <summary>
/// 登记舆情: the county office records what was seen, where and when (Beijing date and time), grades it and names the
/// responsible units (a lead unit and others), the 联络人 and the 承办人. The response clock starts at first seen.
/// </summary>
public sealed record RegisterSentimentCaseCommand(
    string? Topic,
    string? Source,
    string? Link,
    DateTime? FirstSeenAt,
    SentimentLevel? Level,
    int? LeadOrganisationId,
    IReadOnlyList<int>? OtherOrganisationIds,
    string? LiaisonName,
    string? HandlerName) : ICommand<int>;

public sealed class RegisterSentimentCaseValidator : AbstractValidator<RegisterSentimentCaseCommand>
{
    public RegisterSentimentCaseValidator(IAppDbContext db, TimeProvider time)
    {
        RuleFor(x => x.Topic).NotEmpty().WithMessage("请填写舆情主题。")
            .MaximumLength(DataLimits.Title).WithMessage($"主题不能超过 {DataLimits.Title} 个字。");
        RuleFor(x => x.Source).NotEmpty().WithMessage("请填写舆情来源。")
            .MaximumLength(DataLimits.ShortText).WithMessage($"来源不能超过 {DataLimits.ShortText} 个字。");
        RuleFor(x => x.Link).MaximumLength(DataLimits.Summary).WithMessage("链接过长。")
            .Must(l => Uri.TryCreate(l, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps))
            .When(x => !string.IsNullOrWhiteSpace(x.Link)).WithMessage("链接应以 http:// 或 https:// 开头。");
        RuleFor(x => x.FirstSeenAt).NotNull().WithMessage("请填写首次发现的日期和时间。")
            .Must(t => SentimentAccess.FromBeijing(t!.Value) <= time.GetUtcNow().UtcDateTime)
            .When(x => x.FirstSeenAt is not null).WithMessage("首次发现时间不能晚于现在。");
        RuleFor(x => x.Level).NotNull().WithMessage("请选择舆情级别。").IsInEnum().WithMessage("请选择舆情级别。");
        RuleFor(x => x.LeadOrganisationId).NotNull().WithMessage("请选择牵头单位。")
            .MustAsync(async (id, ct) => await db.Organisations.AnyAsync(o => o.Id == id, ct))
            .When(x => x.LeadOrganisationId is not null).WithMessage("请选择牵头单位。");
        RuleFor(x => x.LiaisonName).NotEmpty().WithMessage("请填写联络人姓名。")
            .MaximumLength(DataLimits.ShortText).WithMessage("联络人姓名过长。");
        RuleFor(x => x.HandlerName).NotEmpty().WithMessage("请填写承办人姓名。")
            .MaximumLength(DataLimits.ShortText).WithMessage("承办人姓名过长。");
    }
}

public sealed class RegisterSentimentCaseHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<RegisterSentimentCaseCommand, int>
{
    public async ValueTask<int> Handle(RegisterSentimentCaseCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Sentiment.Manage, "只有县政务公开办可以登记政务舆情。");
        var others = command.OtherOrganisationIds ?? [];
        var known = await db.Organisations.AsNoTracking().Where(o => others.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        var sentiment = new SentimentCase(
            command.Topic!, command.Source!, command.Link, SentimentAccess.FromBeijing(command.FirstSeenAt!.Value), command.Level!.Value,
            command.LeadOrganisationId!.Value, known, command.LiaisonName!, command.HandlerName!, time.GetUtcNow().UtcDateTime);
        db.SentimentCases.Add(sentiment);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(InteractionAuditActions.SentimentRegister, nameof(SentimentCase), sentiment.Id.ToString(CultureInfo.InvariantCulture),
            sentiment.LeadOrganisationId, $"登记{InteractionLabels.Of(sentiment.Level)}舆情：{sentiment.Topic}");
        await db.SaveChangesAsync(cancellationToken);
        return sentiment.Id;
    }
}
