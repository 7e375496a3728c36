using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Catalogues;

/// <summary>
/// The county's 标准指引 for one pilot area: the rows every township starts from. Maintained by the area's
/// responsible department; every change raises <see cref="Revision"/>, and each row remembers the revision in which
/// it last changed, so that townships built on an older revision can see what moved.
/// </summary>
public class CatalogueTemplate : Entity, IAuditable, IVersioned
{
    private readonly List<TemplateItem> _items = [];

    private CatalogueTemplate()
    {
    }

    public CatalogueTemplate(int pilotAreaId, bool needsCompletion, string? note)
    {
        PilotAreaId = pilotAreaId;
        NeedsCompletion = needsCompletion;
        Note = note;
        Revision = 1;
    }

    public int PilotAreaId { get; private set; }

    /// <summary>版本号 of the guideline, from 1.</summary>
    public int Revision { get; private set; }

    /// <summary>待责任单位完善: only the common structure is known; the responsible department must complete it.</summary>
    public bool NeedsCompletion { get; private set; }

    /// <summary>Where the rows come from, or what is missing.</summary>
    public string? Note { get; private set; }

    public IReadOnlyList<TemplateItem> Items => _items;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    /// <summary>Seeding only: builds revision 1 without raising it.</summary>
    public TemplateItem Seed(CatalogueItemContent content)
    {
        var item = new TemplateItem(_items.Count + 1, content, Revision);
        _items.Add(item);
        return item;
    }

    public TemplateItem AddItem(CatalogueItemContent content)
    {
        Revision++;
        var item = new TemplateItem(_items.Count + 1, content, Revision);
        _items.Add(item);
        return item;
    }

    public void EditItem(int itemId, CatalogueItemContent content)
    {
        var item = Find(itemId);
        if (item.ToContent() == content.Trimmed())
        {
            return;
        }

        Revision++;
        item.Change(content, Revision);
    }

    public void RemoveItem(int itemId)
    {
        var item = Find(itemId);
        Revision++;
        item.Withdraw(Revision);
    }

    /// <summary>The responsible department declares the guideline complete (removes 待责任单位完善).</summary>
    public void MarkCompleted(string? note)
    {
        if (_items.All(i => i.IsWithdrawn))
        {
            throw new DomainException("标准指引至少应有一个事项才能标记为已完善。");
        }

        Revision++;
        NeedsCompletion = false;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public IEnumerable<TemplateItem> CurrentItems() => _items.Where(i => !i.IsWithdrawn).OrderBy(i => i.Number);

    private TemplateItem Find(int itemId) =>
        _items.FirstOrDefault(i => i.Id == itemId && !i.IsWithdrawn)
        ?? throw new DomainException("标准指引中没有这个事项。");
}

/// <summary>A row of a county template. Withdrawn rows stay, so townships can see that they went.</summary>
public class TemplateItem : CatalogueItemBase
{
    private TemplateItem()
    {
    }

    internal TemplateItem(int number, CatalogueItemContent content, int revision)
    {
        Number = number;
        Apply(content);
        ChangedInRevision = revision;
    }

    public int CatalogueTemplateId { get; private set; }

    /// <summary>The template revision in which the row was added, last changed or withdrawn.</summary>
    public int ChangedInRevision { get; private set; }

    public bool IsWithdrawn { get; private set; }

    /// <summary>Inherited by township catalogues: the row concerns the 乡级.</summary>
    public bool IsTownshipLevel => Levels.HasFlag(DisclosureLevels.Township);

    internal void Change(CatalogueItemContent content, int revision)
    {
        Apply(content);
        ChangedInRevision = revision;
    }

    internal void Withdraw(int revision)
    {
        IsWithdrawn = true;
        ChangedInRevision = revision;
    }
}
