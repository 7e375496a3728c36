namespace ZezhouDisclosure.Domain.NewMedia;

/// <summary>
/// The rules of the 政务新媒体 registry (泽政办发〔2020〕22号 四（四）; 国办秘函〔2019〕19号 for the update veto): one account per
/// platform per unit in principle, a name that shows the unit, and an update at least every two weeks.
/// </summary>
public static class NewMediaRules
{
    /// <summary>No post for this many days flags a running account (单项否决 for 新媒体).</summary>
    public const int StaleAfterDays = 14;

    /// <summary>The county prefix a unit's short name may drop in an account name (泽州县教育局 → 教育局).</summary>
    public const string CountyPrefix = "泽州县";

    /// <summary>Whether a running account's last post is more than two weeks before <paramref name="today"/> (or unknown).</summary>
    public static bool IsStale(DateOnly? lastPostOn, DateOnly today) =>
        lastPostOn is not { } last || today.DayNumber - last.DayNumber > StaleAfterDays;

    /// <summary>
    /// Whether an account name shows its unit: it contains the unit's name, or that name without the county prefix
    /// (泽州县教育局 is shown by “泽州县教育局” or “教育局发布”; 高都镇 by “泽州高都镇”).
    /// </summary>
    public static bool NameShowsUnit(string accountName, string unitName)
    {
        ArgumentNullException.ThrowIfNull(accountName);
        ArgumentNullException.ThrowIfNull(unitName);
        var name = accountName.Trim();
        var unit = unitName.Trim();
        if (unit.Length == 0)
        {
            return true;
        }

        if (name.Contains(unit, StringComparison.Ordinal))
        {
            return true;
        }

        var core = unit.StartsWith(CountyPrefix, StringComparison.Ordinal) ? unit[CountyPrefix.Length..] : unit;
        return core.Length >= 2 && name.Contains(core, StringComparison.Ordinal);
    }
}
