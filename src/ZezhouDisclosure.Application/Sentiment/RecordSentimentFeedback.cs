using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Application.Sentiment;

/// <summary>
/// 核实反馈 by a responsible unit's 联络人/承办人, on their own unit's case only (another unit's case: 404), while the
/// county office's verification request is outstanding; it stops the 24-hour clock and the county office sees it on
/// the timeline.
/// </summary>
public sealed record RecordSentimentFeedbackCommand(int Id, int Version, string? Text) : ICommand;

public sealed class RecordSentimentFeedbackValidator : AbstractValidator<RecordSentimentFeedbackCommand>
{
    public RecordSentimentFeedbackValidator() =>
        RuleFor(x => x.Text).NotEmpty().WithMessage("请填写核实情况。")
            .MaximumLength(DataLimits.Reason).WithMessage($"核实情况不能超过 {DataLimits.Reason} 个字。");
}

public sealed class RecordSentimentFeedbackHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<RecordSentimentFeedbackCommand>
{
    public async ValueTask<Unit> Handle(RecordSentimentFeedbackCommand command, CancellationToken cancellationToken)
    {
        var sentiment = await SentimentAccess.LoadForUnitAsync(db, currentUser, command.Id, cancellationToken);
        SentimentAccess.ExpectVersion(db, sentiment, command.Version);
        var scope = currentUser.OrganisationIds;
        var unit = sentiment.Units.Select(u => u.OrganisationId).FirstOrDefault(id => scope.Contains(id));
        sentiment.RecordVerificationFeedback(unit, command.Text!, time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(InteractionAuditActions.SentimentRecord, nameof(SentimentCase), sentiment.Id.ToString(CultureInfo.InvariantCulture),
            unit, $"舆情“{sentiment.Topic}”：{InteractionLabels.Of(SentimentEntryKind.VerificationFeedback)}（责任单位反馈）");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
