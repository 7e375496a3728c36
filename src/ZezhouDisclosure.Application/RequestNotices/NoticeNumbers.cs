using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Persistence;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.RequestNotices;

/// <summary>
/// Takes the next notice 文号 of a unit for the current Beijing year, from the unit's pattern. The sequence row's
/// concurrency token (and its key on unit and year) make two notices issued at the same moment conflict instead of
/// sharing a number; the transaction rolls the loser back, so no number is used without its notice.
/// </summary>
public static class NoticeNumbers
{
    /// <summary>The next 文号, or null when the unit has no pattern (the notice then keeps its derived reference).</summary>
    public static async Task<string?> NextAsync(IAppDbContext db, int organisationId, TimeProvider time, CancellationToken cancellationToken)
    {
        var pattern = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.NoticeNumberPattern).FirstOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return null;
        }

        var year = ChinaTime.Today(time).Year;
        var sequence = await YearlySequences.ForAsync(db.NoticeNumberSequences, organisationId, year, () => new NoticeNumberSequence(organisationId, year), cancellationToken);

        return NoticeNumber.Format(pattern, year, sequence.Next());
    }
}
