using ZezhouDisclosure.Application.Common.Abstractions;
using System.Globalization;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Application.Sentiment;

/// <summary>办结 a case after its public response; the timeline is kept.</summary>
public sealed record CloseSentimentCaseCommand(int Id, int Version) : ICommand;

public sealed class CloseSentimentCaseHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : ICommandHandler<CloseSentimentCaseCommand>
{
    public async ValueTask<Unit> Handle(CloseSentimentCaseCommand command, CancellationToken cancellationToken)
    {
        var sentiment = await SentimentAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        SentimentAccess.ExpectVersion(db, sentiment, command.Version);
        sentiment.Close(time.GetUtcNow().UtcDateTime);
        db.Audit(InteractionAuditActions.SentimentClose, nameof(SentimentCase), sentiment.Id.ToString(CultureInfo.InvariantCulture),
            sentiment.LeadOrganisationId, $"舆情“{sentiment.Topic}”办结");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
