using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Participation;

/// <summary>
/// A unit's 公众参与事项目录 for one year: the decision items open to public participation, each with its method and
/// channel, together with the unit's standing rules of participation (参与范围、方式、渠道). Written by the unit's clerk,
/// reviewed and published by the county office like a document. A published catalogue is not edited: the unit opens an
/// amendment (调整) with a reason, a new version of the same year that goes through review again; when it is published it
/// supersedes the earlier version, which stays readable.
/// </summary>
public class ParticipationCatalogue : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    /// <summary>Earliest year a catalogue may be written for.</summary>
    public const int FirstYear = 2020;

    /// <summary>Most items one catalogue holds.</summary>
    public const int MaxItems = 100;

    private readonly List<ParticipationCatalogueItem> _items = [];

    private ParticipationCatalogue()
    {
    }

    public ParticipationCatalogue(int organisationId, int year, ParticipationRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (year < FirstYear || year > today.Year + 1)
        {
            throw new DomainException($"年度须在 {FirstYear} 年至 {today.Year + 1} 年之间。");
        }

        OrganisationId = organisationId;
        Year = year;
        Revision = 1;
        ApplyRules(rules);
    }

    public int OrganisationId { get; private set; }

    public int Year { get; private set; }

    /// <summary>版本: 1 for the year's first catalogue, one more for each amendment.</summary>
    public int Revision { get; private set; }

    /// <summary>The published version this amendment replaces (null for the first version).</summary>
    public int? AmendsId { get; private set; }

    /// <summary>调整原因 of an amendment, shown on the public page.</summary>
    public string? AmendmentReason { get; private set; }

    /// <summary>When a later version was published in this one's place.</summary>
    public DateTime? SupersededAt { get; private set; }

    /// <summary>参与范围: which decisions are open to public participation.</summary>
    public string Scope { get; private set; } = "";

    /// <summary>参与方式: how the public takes part (征求意见、听证、座谈、问卷、列席 …).</summary>
    public string Methods { get; private set; } = "";

    /// <summary>参与渠道: where (the portal, letters, telephone, the service hall …).</summary>
    public string Channels { get; private set; } = "";

    public ParticipationCatalogueStatus Status { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public string? ReviewComment { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public IReadOnlyList<ParticipationCatalogueItem> Items => _items;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public bool IsPublic => Status is ParticipationCatalogueStatus.Published or ParticipationCatalogueStatus.Superseded;

    /// <summary>An amendment of an earlier published version.</summary>
    public bool IsAmendment => AmendsId is not null;

    public bool IsEditable => Status is ParticipationCatalogueStatus.Draft or ParticipationCatalogueStatus.Returned;

    public bool CanReview() => Status == ParticipationCatalogueStatus.Submitted;

    /// <summary>Replaces the rules and the items of a draft (or returned) catalogue.</summary>
    public void Edit(ParticipationRules rules, IReadOnlyList<ParticipationItemContent> items)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(items);
        if (!IsEditable)
        {
            throw new DomainException("只有草稿或已退回的参与事项目录可以修改。");
        }

        if (items.Count > MaxItems)
        {
            throw new DomainException($"一个目录最多 {MaxItems} 个事项。");
        }

        ApplyRules(rules);
        _items.Clear();
        for (var i = 0; i < items.Count; i++)
        {
            _items.Add(new ParticipationCatalogueItem(this, i + 1, items[i]));
        }
    }

    /// <summary>提交审核: the county office reviews it; a catalogue without any item cannot be submitted.</summary>
    public void Submit(DateTime now, string by)
    {
        if (!IsEditable)
        {
            throw new DomainException("只有草稿或已退回的参与事项目录可以提交审核。");
        }

        if (_items.Count == 0)
        {
            throw new DomainException("参与事项目录至少须列出一个决策事项。");
        }

        Status = ParticipationCatalogueStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
    }

    /// <summary>审核通过 by the county office: published at once.</summary>
    public void Approve(DateTime now, string by)
    {
        if (!CanReview())
        {
            throw new DomainException("只有待审核的参与事项目录可以审核通过。");
        }

        Status = ParticipationCatalogueStatus.Published;
        ReviewedAt = now;
        ReviewedBy = by;
        ReviewComment = null;
        PublishedAt = now;
    }

    /// <summary>退回 by the county office, with a reason.</summary>
    public void Return(string comment, DateTime now, string by)
    {
        if (!CanReview())
        {
            throw new DomainException("只有待审核的参与事项目录可以退回。");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("退回须填写意见。");
        }

        Status = ParticipationCatalogueStatus.Returned;
        ReviewComment = comment.Trim();
        ReviewedAt = now;
        ReviewedBy = by;
    }

    /// <summary>
    /// 调整: opens a new version of this published catalogue (a draft with the same rules and items) for the unit to
    /// change and submit; this version stays public until the new one is published.
    /// </summary>
    public ParticipationCatalogue Amend(string reason)
    {
        if (Status != ParticipationCatalogueStatus.Published)
        {
            throw new DomainException("只有已发布的现行参与事项目录可以调整。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("调整目录须填写调整原因。");
        }

        var amendment = new ParticipationCatalogue
        {
            OrganisationId = OrganisationId,
            Year = Year,
            Revision = Revision + 1,
            AmendsId = Id,
            AmendmentReason = reason.Trim(),
        };
        amendment.ApplyRules(new ParticipationRules(Scope, Methods, Channels));
        foreach (var item in _items.OrderBy(i => i.Number))
        {
            amendment._items.Add(new ParticipationCatalogueItem(
                amendment, item.Number, new ParticipationItemContent(item.Title, item.Method, item.Channel, item.PlannedTime)));
        }

        return amendment;
    }

    /// <summary>The published <paramref name="amendment"/> of this version takes its place: this one is kept, marked superseded.</summary>
    public void Supersede(ParticipationCatalogue amendment, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        if (amendment.AmendsId != Id || amendment.Status != ParticipationCatalogueStatus.Published)
        {
            throw new DomainException("只有已发布的调整稿可以取代原目录。");
        }

        if (Status != ParticipationCatalogueStatus.Published)
        {
            throw new DomainException("该参与事项目录已不是现行版本。");
        }

        Status = ParticipationCatalogueStatus.Superseded;
        SupersededAt = now;
    }

    private void ApplyRules(ParticipationRules rules)
    {
        if (string.IsNullOrWhiteSpace(rules.Scope) || string.IsNullOrWhiteSpace(rules.Methods) || string.IsNullOrWhiteSpace(rules.Channels))
        {
            throw new DomainException("请填写公众参与的范围、方式和渠道。");
        }

        Scope = rules.Scope.Trim();
        Methods = rules.Methods.Trim();
        Channels = rules.Channels.Trim();
    }
}

/// <summary>The standing rules of public participation a unit publishes with its catalogue.</summary>
public sealed record ParticipationRules(string Scope, string Methods, string Channels);

/// <summary>One decision item as the clerk types it.</summary>
public sealed record ParticipationItemContent(string Title, ParticipationMethod Method, string Channel, string? PlannedTime);

/// <summary>One decision item of a 公众参与事项目录: what is decided, how and where the public takes part.</summary>
public class ParticipationCatalogueItem : Entity, IOrganisationOwned
{
    private ParticipationCatalogueItem()
    {
    }

    internal ParticipationCatalogueItem(ParticipationCatalogue catalogue, int number, ParticipationItemContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(content.Title))
        {
            throw new DomainException($"第 {number} 个事项未填写决策事项名称。");
        }

        if (!Enum.IsDefined(content.Method))
        {
            throw new DomainException($"第 {number} 个事项的参与方式无效。");
        }

        if (string.IsNullOrWhiteSpace(content.Channel))
        {
            throw new DomainException($"第 {number} 个事项未填写参与渠道。");
        }

        Catalogue = catalogue;
        OrganisationId = catalogue.OrganisationId;
        Number = number;
        Title = content.Title.Trim();
        Method = content.Method;
        Channel = content.Channel.Trim();
        PlannedTime = string.IsNullOrWhiteSpace(content.PlannedTime) ? null : content.PlannedTime.Trim();
    }

    public int CatalogueId { get; private set; }

    public ParticipationCatalogue? Catalogue { get; private set; }

    public int OrganisationId { get; private set; }

    /// <summary>序号 within the catalogue, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>决策事项名称.</summary>
    public string Title { get; private set; } = "";

    public ParticipationMethod Method { get; private set; }

    /// <summary>参与渠道 for this item.</summary>
    public string Channel { get; private set; } = "";

    /// <summary>计划时间, free text (e.g. 第二季度).</summary>
    public string? PlannedTime { get; private set; }
}
