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

    public static string StaffUrl(int id) => $"/admin/sentiment/details/{id}";

    /// <summary>A Beijing wall-clock time as typed in a form (datetime-local) → UTC.</summary>
    public static DateTime FromBeijing(DateTime local) => DateTime.SpecifyKind(local - ChinaTime.Offset, DateTimeKind.Utc);
}
