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
    private readonly List<CatalogueTemplateRevision> _revisions = [];

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

    /// <summary>待完善: only the common structure is known; the responsible department must complete it.</summary>
    public bool NeedsCompletion { get; private set; }

    /// <summary>Where the rows come from, or what is missing.</summary>
    public string? Note { get; private set; }

    public IReadOnlyList<TemplateItem> Items => _items;

    /// <summary>Numbered snapshots of the guideline, one per saved change (load explicitly when needed).</summary>
    public IReadOnlyList<CatalogueTemplateRevision> Revisions => _revisions;

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

    /// <summary>
    /// Records the current rows as the snapshot of the current revision (who and when are stamped on save). Seeding
    /// calls it once for revision 1; every change below calls it for the revision it creates.
    /// </summary>
    public CatalogueTemplateRevision RecordRevision(string summary)
    {
        if (_revisions.Any(r => r.Revision == Revision))
        {
            throw new DomainException($"标准指引第{Revision}版已有记录。");
        }

        var snapshot = new CatalogueTemplateRevision(Revision, summary, CurrentItems());
        _revisions.Add(snapshot);
        return snapshot;
    }

    public TemplateItem AddItem(CatalogueItemContent content)
    {
        Revision++;
        var item = new TemplateItem(_items.Count + 1, content, Revision);
        _items.Add(item);
        RecordRevision($"新增事项“{item.Level1}／{item.Level2}”");
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
        RecordRevision($"修改事项“{item.Level1}／{item.Level2}”");
    }

    public void RemoveItem(int itemId)
    {
        var item = Find(itemId);
        Revision++;
        item.Withdraw(Revision);
        RecordRevision($"删除事项“{item.Level1}／{item.Level2}”");
    }

    /// <summary>
    /// Replaces a guideline that nobody has edited since seeding (revision 1, still flagged for completion) with the
    /// rows of the national guideline, as one new revision. The old rows are withdrawn, not deleted, so that township
    /// rows inherited from them keep their link and see the change. Returns false when the guideline was edited.
    /// </summary>
    public bool ReplaceSeededRows(IReadOnlyList<CatalogueItemContent> rows, string note, string summary)
    {
        if (!NeedsCompletion || Revision != 1 || rows.Count == 0)
        {
            return false;
        }

        Revision++;
        foreach (var item in _items.Where(i => !i.IsWithdrawn))
        {
            item.Withdraw(Revision);
        }

        foreach (var row in rows)
        {
            _items.Add(new TemplateItem(_items.Count + 1, row, Revision));
        }

        NeedsCompletion = false;
        Note = note;
        RecordRevision(summary);
        return true;
    }

    /// <summary>The responsible department declares the guideline complete (removes 待完善).</summary>
    public void MarkCompleted(string? note)
    {
        if (_items.All(i => i.IsWithdrawn))
        {
            throw new DomainException("标准指引至少应有一个事项才能标记为已完善。");
        }

        Revision++;
        NeedsCompletion = false;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RecordRevision("责任单位标记为已完善");
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

/// <summary>
/// One numbered version of a county template (标准指引第N版) as it stood after a saved change: its rows, what changed,
/// and who saved it when (stamped by the save interceptor). Townships built on an older version compare against it.
/// </summary>
public class CatalogueTemplateRevision : Entity, IAuditable
{
    private readonly List<TemplateRevisionItem> _items = [];

    private CatalogueTemplateRevision()
    {
    }

    internal CatalogueTemplateRevision(int revision, string summary, IEnumerable<TemplateItem> rows)
    {
        Revision = revision;
        Summary = summary.Length > DataLimits.Title ? summary[..DataLimits.Title] : summary;
        foreach (var row in rows)
        {
            _items.Add(new TemplateRevisionItem(row.Number, row.ToContent()));
        }
    }

    public int CatalogueTemplateId { get; private set; }

    public int Revision { get; private set; }

    /// <summary>What the change was, in Chinese (新增事项“…”, 修改事项“…”).</summary>
    public string Summary { get; private set; } = "";

    public IReadOnlyList<TemplateRevisionItem> Items => _items;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}

/// <summary>A template row as it stood in one revision.</summary>
public class TemplateRevisionItem : CatalogueItemBase
{
    private TemplateRevisionItem()
    {
    }

    internal TemplateRevisionItem(int number, CatalogueItemContent content)
    {
        Number = number;
        Apply(content);
    }

    public int CatalogueTemplateRevisionId { get; private set; }
}
