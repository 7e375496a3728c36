using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Persistence;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// Takes the next 索引号 of an organisation for the current Beijing year. The sequence row's concurrency token (and
/// the unique index on 索引号) make two simultaneous approvals conflict instead of sharing a number.
/// </summary>
internal static class IndexNumberAllocator
{
    public static async Task<string> NextAsync(IAppDbContext db, int organisationId, TimeProvider time, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstAsync(o => o.Id == organisationId, cancellationToken);
        var year = ChinaTime.Today(time).Year;
        var sequence = await YearlySequences.ForAsync(db.IndexNumberSequences, organisationId, year, () => new IndexNumberSequence(organisationId, year), cancellationToken);

        return IndexNumber.Format(organisation.IndexCode, year, sequence.Next());
    }
}
