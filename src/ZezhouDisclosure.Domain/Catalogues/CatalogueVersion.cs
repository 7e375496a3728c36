using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Catalogues;

/// <summary>
/// A published version of a township catalogue (审定通过), frozen as it was approved, with its effective date.
/// The public sees the newest one and the history.
/// </summary>
public class CatalogueVersion : Entity, IOrganisationOwned
{
    private readonly List<CatalogueVersionItem> _items = [];
    private readonly List<CatalogueVersionArea> _areas = [];

    private CatalogueVersion()
    {
    }

    internal CatalogueVersion(
        TownshipCatalogue catalogue, int number, DateOnly effectiveFrom, IReadOnlyDictionary<int, string> areaNames,
        DateTime approvedAt, string approvedBy)
    {
        OrganisationId = catalogue.OrganisationId;
        Number = number;
        EffectiveFrom = effectiveFrom;
        ApprovedAt = approvedAt;
        ApprovedBy = approvedBy;
        string Name(int? areaId) => areaId is int id ? areaNames.GetValueOrDefault(id, "") : CatalogueDiff.CommonArea;
        foreach (var area in catalogue.Areas)
        {
            _areas.Add(new CatalogueVersionArea(area.PilotAreaId, Name(area.PilotAreaId), area.NotInvolved, area.Explanation));
        }

        var number1 = 1;
        foreach (var item in catalogue.Items.OrderBy(i => i.Number))
        {
            _items.Add(new CatalogueVersionItem(
                number1++, item.Id, item.PilotAreaId, Name(item.PilotAreaId), item.TemplateItemId, item.ToContent(),
                item.NotInvolved, item.NotInvolvedExplanation));
        }
    }

    public int OrganisationId { get; private set; }

    /// <summary>第N版, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>施行日期 (Beijing date).</summary>
    public DateOnly EffectiveFrom { get; private set; }

    public DateTime ApprovedAt { get; private set; }

    public string ApprovedBy { get; private set; } = "";

    public IReadOnlyList<CatalogueVersionItem> Items => _items;

    public IReadOnlyList<CatalogueVersionArea> Areas => _areas;
}

/// <summary>A pilot area as it stood in a published version (name frozen).</summary>
public class CatalogueVersionArea : Entity
{
    private CatalogueVersionArea()
    {
    }

    internal CatalogueVersionArea(int pilotAreaId, string areaName, bool notInvolved, string? explanation)
    {
        PilotAreaId = pilotAreaId;
        AreaName = areaName;
        NotInvolved = notInvolved;
        Explanation = explanation;
    }

    public int CatalogueVersionId { get; private set; }

    public int PilotAreaId { get; private set; }

    public string AreaName { get; private set; } = "";

    public bool NotInvolved { get; private set; }

    public string? Explanation { get; private set; }
}

/// <summary>A row as it was published.</summary>
public class CatalogueVersionItem : CatalogueItemBase
{
    private CatalogueVersionItem()
    {
    }

    internal CatalogueVersionItem(
        int number, int sourceItemId, int? pilotAreaId, string areaName, int? templateItemId, CatalogueItemContent content,
        bool notInvolved, string? explanation)
    {
        Number = number;
        SourceItemId = sourceItemId;
        PilotAreaId = pilotAreaId;
        AreaName = areaName;
        TemplateItemId = templateItemId;
        NotInvolved = notInvolved;
        NotInvolvedExplanation = explanation;
        Apply(content);
    }

    public int CatalogueVersionId { get; private set; }

    /// <summary>The township's working row this was published from (documents are filed under it).</summary>
    public int SourceItemId { get; private set; }

    public int? PilotAreaId { get; private set; }

    public string AreaName { get; private set; } = "";

    public int? TemplateItemId { get; private set; }

    public bool NotInvolved { get; private set; }

    public string? NotInvolvedExplanation { get; private set; }
}
