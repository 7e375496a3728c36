using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Common.Persistence;

/// <summary>Finds an organisation's counter for a year, or adds a new one, so that the caller can take its next number.</summary>
internal static class YearlySequences
{
    /// <summary>
    /// The counter of <paramref name="organisationId"/> for <paramref name="year"/>: one already tracked in this unit of
    /// work (two numbers taken before one save), else the stored one, else a new one added to <paramref name="set"/>.
    /// </summary>
    public static async Task<T> ForAsync<T>(DbSet<T> set, int organisationId, int year, Func<T> create, CancellationToken cancellationToken)
        where T : class, IYearlySequence
    {
        var sequence = set.Local.FirstOrDefault(s => s.OrganisationId == organisationId && s.Year == year)
            ?? await set.FirstOrDefaultAsync(s => s.OrganisationId == organisationId && s.Year == year, cancellationToken);
        if (sequence is null)
        {
            sequence = create();
            set.Add(sequence);
        }

        return sequence;
    }
}
