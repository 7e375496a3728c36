using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Application.Sentiment;

/// <summary>
/// A responsible unit's open 舆情 cases (those naming one of the user's organisations), most pressing clock first:
/// where its 联络人/承办人 see a verification request and its 24-hour clock.
/// </summary>
public sealed record ListUnitSentimentCasesQuery : IQuery<IReadOnlyList<SentimentCaseRow>>;

public sealed class ListUnitSentimentCasesHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<ListUnitSentimentCasesQuery, IReadOnlyList<SentimentCaseRow>>
{
    public async ValueTask<IReadOnlyList<SentimentCaseRow>> Handle(ListUnitSentimentCasesQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Sentiment.Feedback, "没有查看本单位舆情的权限。");
        var cases = await SentimentAccess.ForUnit(db.SentimentCases.AsNoTracking(), currentUser).Include(c => c.Units)
            .Where(c => c.Status == SentimentStatus.Open).OrderByDescending(c => c.FirstSeenAt).Take(500).ToListAsync(cancellationToken);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        return [.. cases.Select(c => ListSentimentCasesHandler.Row(c, names, now)).OrderBy(r => r.Clocks.Count == 0 ? DateTime.MaxValue : r.Clocks.Min(k => k.DueAt))];
    }
}
