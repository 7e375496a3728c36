using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.ServiceItems;

/// <summary>
/// A row of a township's 标准目录 that concerns a service (办事指南 and the like) pointing at the unit's own 政务服务事项,
/// so the public catalogue links to the real guide. The row is the township's working row, whose id every published
/// version keeps (<c>CatalogueVersionItem.SourceItemId</c>); row and item belong to the same unit.
/// </summary>
public class CatalogueServiceLink : Entity, IOrganisationOwned
{
    private CatalogueServiceLink()
    {
    }

    public CatalogueServiceLink(int organisationId, int townshipCatalogueItemId, int serviceItemId, DateTime linkedAt, string linkedBy)
    {
        OrganisationId = organisationId;
        TownshipCatalogueItemId = townshipCatalogueItemId;
        ServiceItemId = serviceItemId;
        LinkedAt = linkedAt;
        LinkedBy = linkedBy;
    }

    public int OrganisationId { get; private set; }

    public int TownshipCatalogueItemId { get; private set; }

    public int ServiceItemId { get; private set; }

    public DateTime LinkedAt { get; private set; }

    public string LinkedBy { get; private set; } = "";
}

/// <summary>
/// Which catalogue rows a service item's name suggests (the clerk confirms each link): a row whose 事项 name is part of
/// the item's name, or the other way round (最低生活保障 ↔ 最低生活保障申请), scores <see cref="ContainmentScore"/>; each
/// two-character piece of the item's name found in the row's names adds one; a matching row that is itself about the
/// service (its names say 办事指南 or 办理) adds <see cref="GuideRowScore"/>. A row is suggested from <see cref="MinimumScore"/>.
/// </summary>
public static class CatalogueServiceMatch
{
    public const int ContainmentScore = 10;

    public const int GuideRowScore = 5;

    public const int MinimumScore = 2;

    /// <summary>Words of a row's names that mark it as the service's own row.</summary>
    public static readonly IReadOnlyList<string> GuideWords = ["办事指南", "办理"];

    public static int Score(string serviceName, IEnumerable<string?> rowNames)
    {
        ArgumentNullException.ThrowIfNull(rowNames);
        var name = Normalise(serviceName);
        var names = rowNames.Select(Normalise).Where(n => n.Length >= 2).ToList();
        if (name.Length < 2 || names.Count == 0)
        {
            return 0;
        }

        var contained = names.Any(n => name.Contains(n, StringComparison.Ordinal) || n.Contains(name, StringComparison.Ordinal));
        var rowPieces = names.SelectMany(Pieces).ToHashSet(StringComparer.Ordinal);
        var score = (contained ? ContainmentScore : 0) + Pieces(name).Count(rowPieces.Contains);
        var guideRow = names.Any(n => GuideWords.Any(w => n.Contains(w, StringComparison.Ordinal)));
        return score > 0 && guideRow ? score + GuideRowScore : score;
    }

    public static bool Suggests(string serviceName, IEnumerable<string?> rowNames) => Score(serviceName, rowNames) >= MinimumScore;

    /// <summary>Letters and digits only (spaces, brackets and punctuation do not decide a match).</summary>
    public static string Normalise(string? text) => new([.. (text ?? "").Where(char.IsLetterOrDigit)]);

    private static HashSet<string> Pieces(string text) =>
        Enumerable.Range(0, Math.Max(0, text.Length - 1)).Select(i => text.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
}
