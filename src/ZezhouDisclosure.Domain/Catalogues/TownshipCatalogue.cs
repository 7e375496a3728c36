using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Catalogues;

/// <summary>
/// A township's 政务公开事项标准目录, the working copy its clerk compiles from the county templates
/// (泽政办发〔2020〕22号 §三(一)). 草稿 → 已提交 → 审定通过 (a published <see cref="CatalogueVersion"/>) or 退回 →
/// resubmit. After approval the clerk may start a revision (动态调整); the public keeps seeing the last version.
/// </summary>
public class TownshipCatalogue : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    private readonly List<TownshipCatalogueArea> _areas = [];
    private readonly List<TownshipCatalogueItem> _items = [];

    private TownshipCatalogue()
    {
    }

    public TownshipCatalogue(int organisationId)
    {
        OrganisationId = organisationId;
        Status = CatalogueStatus.Draft;
    }

    public int OrganisationId { get; private set; }

    /// <summary>
    /// Hands a working copy never approved (草稿, 已提交, 退回) to the township a merged township went into, which has
    /// no catalogue of its own: its clerk carries on. An approved catalogue stays with its township as its record.
    /// </summary>
    public void HandOverTo(int organisationId)
    {
        if (Status is not (CatalogueStatus.Draft or CatalogueStatus.Submitted or CatalogueStatus.Returned))
        {
            throw new DomainException("只有未审定的目录工作稿可以移交。");
        }

        OrganisationId = organisationId;
    }

    public CatalogueStatus Status { get; private set; }

    /// <summary>The reviewer's comment on the whole catalogue when it was last returned.</summary>
    public string? ReviewComment { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    /// <summary>Number of the last published version (0 before the first approval).</summary>
    public int PublishedVersionNumber { get; private set; }

    public IReadOnlyList<TownshipCatalogueArea> Areas => _areas;

    public IReadOnlyList<TownshipCatalogueItem> Items => _items;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public bool IsEditable => Status is CatalogueStatus.Draft or CatalogueStatus.Returned;

    /// <summary>Areas and rows may change, and the catalogue may be imported over: it is a draft or was returned.</summary>
    public bool CanEdit() => IsEditable;

    /// <summary>提交审定 is open (the workflow state only; an empty area is refused on submission).</summary>
    public bool CanSubmit() => IsEditable;

    /// <summary>审定 (approve or return) is open: the catalogue was submitted.</summary>
    public bool CanReview() => Status == CatalogueStatus.Submitted;

    /// <summary>动态调整 is open: the catalogue is approved.</summary>
    public bool CanStartRevision() => Status == CatalogueStatus.Approved;

    /// <summary>What <paramref name="actor"/> may do now: the township's clerk compiles, a reviewer 审定s.</summary>
    public AllowedCatalogueActions Allowed(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clerk = actor.IsClerkOf(OrganisationId);
        return new AllowedCatalogueActions(
            CanEdit: clerk && CanEdit(),
            CanSubmit: clerk && CanSubmit(),
            CanReview: actor.IsReviewer && CanReview(),
            CanStartRevision: clerk && CanStartRevision());
    }

    /// <summary>
    /// Adopts a pilot area: inherits the template's current 乡级 rows, remembering the template revision.
    /// </summary>
    public void AddArea(CatalogueTemplate template)
    {
        EnsureEditable();
        if (_areas.Any(a => a.PilotAreaId == template.PilotAreaId))
        {
            throw new DomainException("该领域已在目录中。");
        }

        _areas.Add(new TownshipCatalogueArea(template.PilotAreaId, template.Revision));
        foreach (var row in template.CurrentItems().Where(i => i.IsTownshipLevel))
        {
            _items.Add(TownshipCatalogueItem.Inherited(template.PilotAreaId, row, NextNumber()));
        }
    }

    /// <summary>
    /// Replaces the whole working catalogue with imported areas and rows (xlsx import). A row whose 事项 names match a
    /// current template row of its area is linked to it as inherited (and flagged if its columns differ); any other row
    /// is local.
    /// </summary>
    public void ReplaceWith(IReadOnlyList<ImportedArea> areas)
    {
        EnsureEditable();
        _areas.Clear();
        _items.Clear();
        foreach (var area in areas)
        {
            if (area.PilotAreaId is int areaId)
            {
                var row = new TownshipCatalogueArea(areaId, area.Template?.Revision ?? 0);
                if (area.NotInvolvedExplanation is { } why)
                {
                    RequireExplanation(why);
                    row.MarkNotInvolved(why.Trim());
                }

                _areas.Add(row);
            }

            foreach (var imported in area.Rows)
            {
                var source = area.Template?.CurrentItems().FirstOrDefault(t => t.ToContent().Key == imported.Content.Trimmed().Key);
                var item = source is null
                    ? TownshipCatalogueItem.Local(area.PilotAreaId, imported.Content, NextNumber())
                    : TownshipCatalogueItem.Inherited(area.PilotAreaId!.Value, source, NextNumber());
                if (source is not null)
                {
                    item.Edit(imported.Content);
                }

                if (imported.NotInvolvedExplanation is { } explanation)
                {
                    RequireExplanation(explanation);
                    item.MarkNotInvolved(explanation.Trim());
                }

                _items.Add(item);
            }
        }
    }

    /// <summary>
    /// Brings an adopted area up to the template's current revision. Rows the township never changed follow the
    /// template; rows it changed are kept and reported as conflicts when the template changed them too; new 乡级
    /// rows are added; rows the template withdrew are kept and reported. Returns the conflicts, in Chinese.
    /// </summary>
    public IReadOnlyList<string> Rebase(CatalogueTemplate template)
    {
        EnsureEditable();
        var area = _areas.FirstOrDefault(a => a.PilotAreaId == template.PilotAreaId && !a.NotInvolved)
            ?? throw new DomainException("该领域不在目录中。");
        var conflicts = new List<string>();
        foreach (var row in template.Items.Where(r => r.ChangedInRevision > area.TemplateRevision))
        {
            var mine = _items.FirstOrDefault(i => i.TemplateItemId == row.Id);
            var name = $"“{row.Level1}／{row.Level2}”";
            if (row.IsWithdrawn)
            {
                if (mine is not null)
                {
                    conflicts.Add($"{name}已从标准指引中删除，本乡镇的该事项予以保留，请确认是否仍需公开。");
                }
            }
            else if (mine is null)
            {
                if (row.IsTownshipLevel)
                {
                    _items.Add(TownshipCatalogueItem.Inherited(template.PilotAreaId, row, NextNumber()));
                }
            }
            else if (mine.LocallyEdited)
            {
                conflicts.Add($"{name}在标准指引中有变化，但本乡镇已修改过该事项，保留本乡镇的内容，请对照标准指引核对。");
            }
            else
            {
                mine.FollowTemplate(row.ToContent());
            }
        }

        area.Rebased(template.Revision);
        return conflicts;
    }

    /// <summary>Declares that a pilot area does not concern the township (未涉及领域事项说明).</summary>
    public void MarkAreaNotInvolved(int pilotAreaId, string explanation)
    {
        EnsureEditable();
        RequireExplanation(explanation);
        var area = _areas.FirstOrDefault(a => a.PilotAreaId == pilotAreaId);
        if (area is null)
        {
            area = new TownshipCatalogueArea(pilotAreaId, 0);
            _areas.Add(area);
        }

        area.MarkNotInvolved(explanation.Trim());
        _items.RemoveAll(i => i.PilotAreaId == pilotAreaId);
    }

    public void RemoveArea(int pilotAreaId)
    {
        EnsureEditable();
        var area = _areas.FirstOrDefault(a => a.PilotAreaId == pilotAreaId)
            ?? throw new DomainException("该领域不在目录中。");
        _areas.Remove(area);
        _items.RemoveAll(i => i.PilotAreaId == pilotAreaId);
    }

    /// <summary>Adds a local row (本地事项) to an adopted area, or to the township's common items when the area is null.</summary>
    public TownshipCatalogueItem AddLocalItem(int? pilotAreaId, CatalogueItemContent content)
    {
        EnsureEditable();
        if (pilotAreaId is int areaId && !_areas.Any(a => a.PilotAreaId == areaId && !a.NotInvolved))
        {
            throw new DomainException("请先把该领域加入目录，再添加事项。");
        }

        var item = TownshipCatalogueItem.Local(pilotAreaId, content, NextNumber());
        _items.Add(item);
        return item;
    }

    public void EditItem(int itemId, CatalogueItemContent content)
    {
        EnsureEditable();
        Find(itemId).Edit(content);
    }

    /// <summary>
    /// Inherited rows are never deleted silently: the township marks them 未涉及 with an explanation instead.
    /// </summary>
    public void RemoveItem(int itemId)
    {
        EnsureEditable();
        var item = Find(itemId);
        if (item.TemplateItemId is not null)
        {
            throw new DomainException("标准指引中的事项不能删除；如本乡镇不涉及，请标记为“未涉及”并说明理由。");
        }

        _items.Remove(item);
    }

    public void MarkItemNotInvolved(int itemId, string explanation)
    {
        EnsureEditable();
        RequireExplanation(explanation);
        Find(itemId).MarkNotInvolved(explanation.Trim());
    }

    public void MarkItemInvolved(int itemId)
    {
        EnsureEditable();
        Find(itemId).MarkInvolved();
    }

    public void Submit(DateTime now, string by)
    {
        if (!CanSubmit())
        {
            throw new DomainException("只有草稿或已退回的目录可以提交审定。");
        }

        if (_areas.Count == 0)
        {
            throw new DomainException("目录至少应包含一个领域（或说明未涉及的领域）后才能提交。");
        }

        var empty = _areas.FirstOrDefault(a => !a.NotInvolved && !_items.Any(i => i.PilotAreaId == a.PilotAreaId));
        if (empty is not null)
        {
            throw new DomainException("有领域没有任何事项：请添加事项，或将该领域标记为“未涉及”并说明理由。");
        }

        Status = CatalogueStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
    }

    /// <summary>退回 with a comment on the catalogue and, optionally, on individual rows (by item id).</summary>
    public void Return(string comment, IReadOnlyDictionary<int, string> itemComments, DateTime now, string by)
    {
        if (!CanReview())
        {
            throw new DomainException("只有已提交的目录可以退回。");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("退回时必须填写审定意见。");
        }

        foreach (var item in _items)
        {
            item.SetReviewComment(itemComments.TryGetValue(item.Id, out var text) ? text : null);
        }

        Status = CatalogueStatus.Returned;
        ReviewComment = comment.Trim();
        ReviewedAt = now;
        ReviewedBy = by;
    }

    /// <summary>审定通过: the working copy becomes the next published version, effective from the given day.</summary>
    public CatalogueVersion Approve(
        DateOnly effectiveFrom, IReadOnlyDictionary<int, string> areaNames, DateTime now, string by)
    {
        if (!CanReview())
        {
            throw new DomainException("只有已提交的目录可以审定通过。");
        }

        Status = CatalogueStatus.Approved;
        ReviewComment = null;
        ReviewedAt = now;
        ReviewedBy = by;
        foreach (var item in _items)
        {
            item.SetReviewComment(null);
        }

        PublishedVersionNumber++;
        return new CatalogueVersion(this, PublishedVersionNumber, effectiveFrom, areaNames, now, by);
    }

    /// <summary>动态调整: reopens an approved catalogue as a draft; the published version stays public.</summary>
    public void StartRevision()
    {
        if (!CanStartRevision())
        {
            throw new DomainException("只有审定通过的目录可以发起调整。");
        }

        Status = CatalogueStatus.Draft;
    }

    private int NextNumber() => _items.Count == 0 ? 1 : _items.Max(i => i.Number) + 1;

    private TownshipCatalogueItem Find(int itemId) =>
        _items.FirstOrDefault(i => i.Id == itemId) ?? throw new DomainException("目录中没有这个事项。");

    private void EnsureEditable()
    {
        if (!CanEdit())
        {
            throw new DomainException(Status == CatalogueStatus.Submitted
                ? "目录已提交审定，不能修改。"
                : "目录已审定通过；如需调整，请先发起调整。");
        }
    }

    private static void RequireExplanation(string explanation)
    {
        if (string.IsNullOrWhiteSpace(explanation))
        {
            throw new DomainException("标记为“未涉及”时必须说明理由。");
        }

        if (explanation.Length > DataLimits.Reason)
        {
            throw new DomainException($"说明不能超过{DataLimits.Reason}个字。");
        }
    }
}

/// <summary>A pilot area in a township catalogue, or the declaration that it does not concern the township.</summary>
public class TownshipCatalogueArea : Entity
{
    private TownshipCatalogueArea()
    {
    }

    internal TownshipCatalogueArea(int pilotAreaId, int templateRevision)
    {
        PilotAreaId = pilotAreaId;
        TemplateRevision = templateRevision;
    }

    public int TownshipCatalogueId { get; private set; }

    public int PilotAreaId { get; private set; }

    /// <summary>The template revision the township's rows were taken from.</summary>
    public int TemplateRevision { get; private set; }

    public bool NotInvolved { get; private set; }

    public string? Explanation { get; private set; }

    internal void MarkNotInvolved(string explanation)
    {
        NotInvolved = true;
        Explanation = explanation;
    }

    internal void Rebased(int templateRevision) => TemplateRevision = templateRevision;
}

/// <summary>A row of a township's working catalogue.</summary>
public class TownshipCatalogueItem : CatalogueItemBase
{
    private TownshipCatalogueItem()
    {
    }

    public int TownshipCatalogueId { get; private set; }

    /// <summary>The pilot area, or null for the township's common items (政府文件、概况信息…).</summary>
    public int? PilotAreaId { get; private set; }

    /// <summary>The template row this one was inherited from; null for a local row (本地事项).</summary>
    public int? TemplateItemId { get; private set; }

    public bool IsLocal => TemplateItemId is null;

    public bool NotInvolved { get; private set; }

    public string? NotInvolvedExplanation { get; private set; }

    /// <summary>The reviewer's comment on this row when the catalogue was last returned.</summary>
    public string? ReviewComment { get; private set; }

    internal static TownshipCatalogueItem Inherited(int pilotAreaId, TemplateItem row, int number)
    {
        var item = new TownshipCatalogueItem { PilotAreaId = pilotAreaId, TemplateItemId = row.Id, Number = number };
        item.Apply(row.ToContent());
        return item;
    }

    internal static TownshipCatalogueItem Local(int? pilotAreaId, CatalogueItemContent content, int number)
    {
        var item = new TownshipCatalogueItem { PilotAreaId = pilotAreaId, Number = number };
        item.Apply(content);
        return item;
    }

    /// <summary>True once the township changed an inherited row (kept when the template is rebased).</summary>
    public bool LocallyEdited { get; private set; }

    internal void Edit(CatalogueItemContent content)
    {
        if (ToContent() == content.Trimmed())
        {
            return;
        }

        Apply(content);
        LocallyEdited = TemplateItemId is not null;
    }

    internal void MarkNotInvolved(string explanation)
    {
        NotInvolved = true;
        NotInvolvedExplanation = explanation;
    }

    internal void FollowTemplate(CatalogueItemContent content) => Apply(content);

    internal void MarkInvolved()
    {
        NotInvolved = false;
        NotInvolvedExplanation = null;
    }

    internal void SetReviewComment(string? comment) =>
        ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
