using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// The next 申请编号 of a day. Two registrations racing for the same number collide on the unique index and the
/// transaction turns that into a conflict (try again), so no number is ever given twice.
/// </summary>
internal static class RequestNumbers
{
    public static async Task<string> NextAsync(IAppDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var prefix = RequestNumber.Format(day, 1)[..^4];
        // Reviewed use of IgnoreQueryFilters: numbers run county-wide, so the last one is looked for among every
        // organisation's applications, whoever registers (a clerk, or an anonymous online applicant).
        var last = await db.DisclosureRequests.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking()
            .Where(r => r.Number.StartsWith(prefix))
            .OrderByDescending(r => r.Number)
            .Select(r => r.Number)
            .FirstOrDefaultAsync(cancellationToken);
        var next = last is null ? 1 : int.Parse(last[^4..], System.Globalization.CultureInfo.InvariantCulture) + 1;
        return RequestNumber.Format(day, next);
    }
}
