namespace ZezhouDisclosure.Domain.Catalogues;

public enum CatalogueChangeKind
{
    Added = 1,
    Removed = 2,
    Changed = 3,
}

/// <summary>One difference between two versions of a catalogue.</summary>
public sealed record CatalogueChange(
    CatalogueChangeKind Kind, string AreaName, CatalogueItemContent? Before, CatalogueItemContent? After,
    IReadOnlyList<string> ChangedColumns)
{
    public CatalogueItemContent Item => After ?? Before!;
}

/// <summary>A row to compare: its area, what it says, and whether the township marked it 未涉及.</summary>
public sealed record ComparableItem(string AreaName, CatalogueItemContent Content, bool NotInvolved = false);

/// <summary>
/// Compares two versions of a catalogue row by row. A row is the same 事项 when its area and 一级/二级/三级 names
/// match; a renamed 事项 shows as one removed and one added. Every row counts: rows that share a key are paired in
/// order, and the extra ones on either side are added or removed.
/// </summary>
public static class CatalogueDiff
{
    /// <summary>Area name for a township's own common items (not one of the 26 pilot areas).</summary>
    public const string CommonArea = "乡镇共性事项";

    public static IReadOnlyList<CatalogueChange> Compare(
        IEnumerable<ComparableItem> older, IEnumerable<ComparableItem> newer)
    {
        static string Key(ComparableItem i) => i.AreaName + "｜" + i.Content.Key;
        var before = older.GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList());
        var after = newer.GroupBy(Key).ToList();
        var changes = new List<CatalogueChange>();
        foreach (var group in after)
        {
            var olds = before.GetValueOrDefault(group.Key) ?? [];
            var index = 0;
            foreach (var item in group)
            {
                if (index >= olds.Count)
                {
                    changes.Add(new CatalogueChange(CatalogueChangeKind.Added, item.AreaName, null, item.Content, []));
                    index++;
                    continue;
                }

                var old = olds[index++];
                var columns = item.Content.ChangedColumns(old.Content).ToList();
                if (item.NotInvolved != old.NotInvolved)
                {
                    columns.Add("未涉及");
                }

                if (columns.Count > 0)
                {
                    changes.Add(new CatalogueChange(CatalogueChangeKind.Changed, item.AreaName, old.Content, item.Content, columns));
                }
            }
        }

        var matched = after.ToDictionary(g => g.Key, g => g.Count());
        foreach (var (key, items) in before)
        {
            foreach (var item in items.Skip(matched.GetValueOrDefault(key)))
            {
                changes.Add(new CatalogueChange(CatalogueChangeKind.Removed, item.AreaName, item.Content, null, []));
            }
        }

        return changes;
    }
}
