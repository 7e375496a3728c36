namespace ZezhouDisclosure.Domain.Common;

/// <summary>
/// A per-organisation, per-year counter (索引号 流水号, notice 文号): numbers handed out in order, never reused; the
/// row's concurrency token stops two simultaneous issues from taking the same number.
/// </summary>
public interface IYearlySequence : IVersioned
{
    int OrganisationId { get; }

    int Year { get; }

    /// <summary>Takes the next number.</summary>
    int Next();
}
