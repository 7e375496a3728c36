using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Application.Sentiment;

/// <summary>The register: open cases with their running clocks (most pressing first), or the closed ones.</summary>
public sealed record ListSentimentCasesQuery(bool Closed = false) : IQuery<IReadOnlyList<SentimentCaseRow>>;

public sealed record SentimentClockView(string Name, DateTime DueAt, string State, bool IsOverdue, bool IsRunning);

public sealed record SentimentCaseRow(
    int Id, string Topic, string Level, string LeadUnit, string LiaisonName, string HandlerName, DateTime FirstSeenAt,
    IReadOnlyList<SentimentClockView> Clocks, bool IsOverdue, DateTime? ClosedAt);

public sealed class ListSentimentCasesHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<ListSentimentCasesQuery, IReadOnlyList<SentimentCaseRow>>
{
    public async ValueTask<IReadOnlyList<SentimentCaseRow>> Handle(ListSentimentCasesQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Sentiment.Manage, "只有县政务公开办可以查看政务舆情。");
        var status = query.Closed ? SentimentStatus.Closed : SentimentStatus.Open;
        var cases = await db.SentimentCases.AsNoTracking().Include(c => c.Units).Where(c => c.Status == status)
            .OrderByDescending(c => c.FirstSeenAt).Take(500).ToListAsync(cancellationToken);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = cases.Select(c => Row(c, names, now));
        return query.Closed ? [.. rows] : [.. rows.OrderBy(r => r.Clocks.Count == 0 ? DateTime.MaxValue : r.Clocks.Min(k => k.DueAt))];
    }

    internal static SentimentCaseRow Row(SentimentCase c, IReadOnlyDictionary<int, string> names, DateTime now) =>
        new(c.Id, c.Topic, InteractionLabels.Of(c.Level), names.GetValueOrDefault(c.LeadOrganisationId, ""), c.LiaisonName, c.HandlerName,
            c.FirstSeenAt, [.. c.RunningClocks.Select(k => Clock(k, now))], c.IsOverdue(now), c.ClosedAt);

    internal static SentimentClockView Clock(SentimentClock k, DateTime now) => new(k.Name, k.DueAt, k.Describe(now), k.IsOverdue(now), k.IsRunning);
}
