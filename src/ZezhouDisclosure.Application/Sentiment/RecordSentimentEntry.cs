using ZezhouDisclosure.Application.Common.Abstractions;
using System.Globalization;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Application.Sentiment;

/// <summary>
/// A line of the timeline (研判 / 预警 / 回应 / 跟进发布 / 核实要求 / 核实反馈), recorded now. A 回应 or 跟进发布
/// links the public response: a published document of the portal (by its id), a press conference record, or a link.
/// </summary>
public sealed record RecordSentimentEntryCommand(
    int Id, int Version, SentimentEntryKind? Kind, string? Text, SentimentResponseKind? ResponseKind, string? Reference) : ICommand;

public sealed class RecordSentimentEntryValidator : AbstractValidator<RecordSentimentEntryCommand>
{
    public RecordSentimentEntryValidator(IAppDbContext db)
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("请选择记录类型。").IsInEnum().WithMessage("请选择记录类型。");
        RuleFor(x => x.Text).NotEmpty().WithMessage("请填写记录内容。")
            .MaximumLength(DataLimits.Reason).WithMessage($"记录内容不能超过 {DataLimits.Reason} 个字。");
        RuleFor(x => x.Reference).MaximumLength(DataLimits.Summary).WithMessage("关联内容过长。");
        RuleFor(x => x.Reference)
            .MustAsync(async (reference, ct) =>
                int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && await db.Documents.AnyAsync(d => d.Id == id && d.Status == DocumentStatus.Published, ct))
            .When(x => x.ResponseKind == SentimentResponseKind.Document && !string.IsNullOrWhiteSpace(x.Reference))
            .WithMessage("请填写门户网站上已发布文件的编号（文件地址 /xxgk/doc/ 后的数字）。");
        RuleFor(x => x.Reference)
            .Must(l => Uri.TryCreate(l, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps))
            .When(x => x.ResponseKind == SentimentResponseKind.OtherChannel && !string.IsNullOrWhiteSpace(x.Reference))
            .WithMessage("其他渠道的链接应以 http:// 或 https:// 开头。");
    }
}

public sealed class RecordSentimentEntryHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<RecordSentimentEntryCommand>
{
    public async ValueTask<Unit> Handle(RecordSentimentEntryCommand command, CancellationToken cancellationToken)
    {
        var sentiment = await SentimentAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        SentimentAccess.ExpectVersion(db, sentiment, command.Version);
        sentiment.Record(command.Kind!.Value, command.Text!, time.GetUtcNow().UtcDateTime, currentUser.UserName, command.ResponseKind, command.Reference);
        db.Audit(InteractionAuditActions.SentimentRecord, nameof(SentimentCase), sentiment.Id.ToString(CultureInfo.InvariantCulture),
            sentiment.LeadOrganisationId, $"舆情“{sentiment.Topic}”：{InteractionLabels.Of(command.Kind.Value)}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
