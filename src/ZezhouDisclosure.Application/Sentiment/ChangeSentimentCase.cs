using ZezhouDisclosure.Application.Common.Abstractions;
using System.Globalization;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Application.Sentiment;

/// <summary>The county office (re)grades a case (重大 / 一般); the response clock follows the new level.</summary>
public sealed record SetSentimentLevelCommand(int Id, int Version, SentimentLevel? Level) : ICommand;

public sealed class SetSentimentLevelValidator : AbstractValidator<SetSentimentLevelCommand>
{
    public SetSentimentLevelValidator() => RuleFor(x => x.Level).NotNull().IsInEnum().WithMessage("请选择舆情级别。");
}

public sealed class SetSentimentLevelHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<SetSentimentLevelCommand>
{
    public async ValueTask<Unit> Handle(SetSentimentLevelCommand command, CancellationToken cancellationToken)
    {
        var sentiment = await SentimentAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        SentimentAccess.ExpectVersion(db, sentiment, command.Version);
        sentiment.SetLevel(command.Level!.Value);
        db.Audit(InteractionAuditActions.SentimentLevel, nameof(SentimentCase), sentiment.Id.ToString(CultureInfo.InvariantCulture),
            sentiment.LeadOrganisationId, $"舆情“{sentiment.Topic}”定为{InteractionLabels.Of(sentiment.Level)}舆情");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
