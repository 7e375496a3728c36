using ZezhouDisclosure.Application.Common.Abstractions;
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
        var sequence = db.IndexNumberSequences.Local.FirstOrDefault(s => s.OrganisationId == organisationId && s.Year == year)
            ?? await db.IndexNumberSequences.FirstOrDefaultAsync(s => s.OrganisationId == organisationId && s.Year == year, cancellationToken);
        if (sequence is null)
        {
            sequence = new IndexNumberSequence(organisationId, year);
            db.IndexNumberSequences.Add(sequence);
        }

        return IndexNumber.Format(organisation.IndexCode, year, sequence.Next());
    }
}
