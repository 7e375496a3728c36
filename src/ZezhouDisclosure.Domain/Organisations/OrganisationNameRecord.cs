using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Organisations;

/// <summary>
/// A name a unit carried until a rename (名称沿革): the short and legal names valid up to and including
/// <see cref="UsedUntil"/>. Documents published on or before that day show this name.
/// </summary>
public class OrganisationNameRecord : Entity
{
    private OrganisationNameRecord()
    {
    }

    public OrganisationNameRecord(int organisationId, string name, string? legalName, DateOnly usedUntil)
    {
        OrganisationId = organisationId;
        Name = name;
        LegalName = legalName;
        UsedUntil = usedUntil;
    }

    public int OrganisationId { get; private set; }

    public string Name { get; private set; } = "";

    public string? LegalName { get; private set; }

    /// <summary>The last day (Beijing) the unit was called so.</summary>
    public DateOnly UsedUntil { get; private set; }
}

/// <summary>Which name a unit carried on a day, from its current name and its earlier names.</summary>
public static class OrganisationNames
{
    /// <summary>
    /// The name valid on <paramref name="day"/>: the earliest earlier name whose last day is on or after it, else the
    /// current name.
    /// </summary>
    public static string NameOn(string currentName, IEnumerable<(string Name, DateOnly UsedUntil)> earlierNames, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(earlierNames);
        var match = earlierNames.Where(n => day <= n.UsedUntil).OrderBy(n => n.UsedUntil).Select(n => n.Name).FirstOrDefault();
        return match ?? currentName;
    }
}

/// <summary>Rules over the unit tree (township → 村（居）).</summary>
public static class OrganisationHierarchy
{
    /// <summary>
    /// True when putting unit <paramref name="id"/> under <paramref name="newParentId"/> would make it its own ancestor.
    /// <paramref name="parentOf"/> answers any unit's current parent.
    /// </summary>
    public static bool WouldCycle(int id, int newParentId, Func<int, int?> parentOf)
    {
        ArgumentNullException.ThrowIfNull(parentOf);
        var seen = new HashSet<int>();
        for (int? at = newParentId; at is int current; at = parentOf(current))
        {
            if (current == id || !seen.Add(current))
            {
                return true;
            }
        }

        return false;
    }
}
