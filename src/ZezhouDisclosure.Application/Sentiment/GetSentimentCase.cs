using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Application.Sentiment;

/// <summary>A 舆情 case with its units, clocks (running or stopped) and timeline.</summary>
public sealed record GetSentimentCaseQuery(int Id) : IQuery<SentimentCaseView>;

public sealed record SentimentEntryView(string Kind, string Text, DateTime At, string By, string? ResponseKind, SentimentResponseKind? ResponseKindValue, string? Reference);

public sealed record SentimentCaseView(
    int Id, int Version, string Topic, string Source, string? Link, DateTime FirstSeenAt, SentimentLevel Level, string LevelLabel,
    string LeadUnit, IReadOnlyList<string> OtherUnits, string LiaisonName, string HandlerName, bool IsClosed, DateTime? ClosedAt,
    IReadOnlyList<SentimentClockView> Clocks, IReadOnlyList<SentimentEntryView> Entries, bool AwaitsVerificationFeedback = false);

public sealed class GetSentimentCaseHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time) : IQueryHandler<GetSentimentCaseQuery, SentimentCaseView>
{
    public async ValueTask<SentimentCaseView> Handle(GetSentimentCaseQuery query, CancellationToken cancellationToken)
    {
        // The county office reads every case; a responsible unit's staff only their unit's (404 otherwise).
        var c = currentUser.Has(Permissions.Sentiment.Manage)
            ? await SentimentAccess.LoadAsync(db, currentUser, query.Id, cancellationToken)
            : await SentimentAccess.LoadForUnitAsync(db, currentUser, query.Id, cancellationToken);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var clocks = new[] { c.ResponseClock, c.VerificationClock }.Where(k => k is not null).Select(k => ListSentimentCasesHandler.Clock(k!, now));
        return new SentimentCaseView(
            c.Id, c.Version, c.Topic, c.Source, c.Link, c.FirstSeenAt, c.Level, InteractionLabels.Of(c.Level),
            names.GetValueOrDefault(c.LeadOrganisationId, ""),
            [.. c.Units.Where(u => !u.IsLead).Select(u => names.GetValueOrDefault(u.OrganisationId, ""))],
            c.LiaisonName, c.HandlerName, c.IsClosed, c.ClosedAt, [.. clocks],
            [.. c.Entries.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new SentimentEntryView(
                InteractionLabels.Of(e.Kind), e.Text, e.At, e.By, e.ResponseKind is { } rk ? InteractionLabels.Of(rk) : null, e.ResponseKind, e.Reference))],
            !c.IsClosed && c.VerificationRequestedAt is not null && c.VerificationAnsweredAt is null);
    }
}
