namespace ZezhouDisclosure.Application.Common.Security;

/// <summary>
/// Whose non-public records a user may read: every organisation's (county office, administrators, the system), or a
/// set of organisations (a clerk: their own, and any unit they act for), or none (anonymous readers: public records
/// only). The organisation-scope query filter reads it per query; the save guard checks writes against it.
/// </summary>
public sealed class RecordScope
{
    /// <summary>The name of the organisation-scope query filter, for a deliberate <c>IgnoreQueryFilters([...])</c>.</summary>
    public const string FilterName = "OrganisationScope";

    private RecordScope(bool isCountyWide, IReadOnlyList<int> organisationIds)
    {
        IsCountyWide = isCountyWide;
        OrganisationIds = organisationIds;
    }

    /// <summary>Every organisation's records.</summary>
    public static RecordScope CountyWide { get; } = new(true, []);

    /// <summary>No organisation's records: public ones only.</summary>
    public static RecordScope PublicOnly { get; } = new(false, []);

    public bool IsCountyWide { get; }

    /// <summary>The organisations whose records are in scope; empty when county-wide (then all are).</summary>
    public IReadOnlyList<int> OrganisationIds { get; }

    /// <summary>The records of these organisations (distinct, sorted, so equal sets give equal SQL parameters).</summary>
    public static RecordScope Of(IEnumerable<int> organisationIds)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        int[] ids = [.. organisationIds.Distinct().Order()];
        return ids.Length == 0 ? PublicOnly : new RecordScope(false, ids);
    }

    public bool Includes(int organisationId) => IsCountyWide || OrganisationIds.Contains(organisationId);

    public override string ToString() => IsCountyWide ? "county-wide" : $"organisations [{string.Join(", ", OrganisationIds)}]";
}
