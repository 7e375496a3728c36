using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Sentiment;

namespace ZezhouDisclosure.Application.Sentiment;

internal static class SentimentAccess
{
    public static async Task<SentimentCase> LoadAsync(IAppDbContext db, ICurrentUser user, int id, CancellationToken cancellationToken)
    {
        user.Require(Permissions.Sentiment.Manage, "只有县政务公开办可以管理政务舆情。");
        return await db.SentimentCases.Include(c => c.Entries).Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException();
    }

    /// <summary>
    /// A case for a responsible unit's staff: only cases naming one of the organisations in their scope are read (the
    /// case has several units, so the condition is in the query rather than the single-organisation filter); 404
    /// otherwise. The county office reads every case.
    /// </summary>
    public static async Task<SentimentCase> LoadForUnitAsync(IAppDbContext db, ICurrentUser user, int id, CancellationToken cancellationToken)
    {
        user.Require(Permissions.Sentiment.Feedback, "没有反馈舆情核实情况的权限。");
        return await ForUnit(db.SentimentCases, user).Include(c => c.Entries).Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException();
    }

    /// <summary>The cases naming one of the user's organisations (all for county-wide users).</summary>
    public static IQueryable<SentimentCase> ForUnit(IQueryable<SentimentCase> cases, ICurrentUser user)
    {
        if (user.IsCountyWide())
        {
            return cases;
        }

        var scope = user.OrganisationIds.ToList();
        return cases.Where(c => c.Units.Any(u => scope.Contains(u.OrganisationId)));
    }

    /// <summary>Stale version: a conflict (409, typed text kept) before the entity refuses a step; the save checks it again.</summary>
    public static void ExpectVersion(IAppDbContext db, SentimentCase sentiment, int version)
    {
        if (sentiment.Version != version)
        {
            throw new ConflictException("该舆情已被他人更新，您的操作没有保存；您填写的内容保留在本页，请查看最新情况后再提交。");
        }

        db.ExpectVersion(sentiment, version);
    }

    public static string StaffUrl(int id) => $"/admin/sentiment/details/{id}";

    /// <summary>The case page of a responsible unit's staff (timeline and 核实反馈).</summary>
    public static string UnitUrl(int id) => $"/admin/sentimentfeedback/details/{id}";

    /// <summary>A Beijing wall-clock time as typed in a form (datetime-local) → UTC.</summary>
    public static DateTime FromBeijing(DateTime local) => DateTime.SpecifyKind(local - ChinaTime.Offset, DateTimeKind.Utc);
}
