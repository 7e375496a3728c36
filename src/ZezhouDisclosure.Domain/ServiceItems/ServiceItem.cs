using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.ServiceItems;

/// <summary>
/// A 政务服务事项 of one unit with its 办事指南. The clerk writes the working copy; it is signed off in the unit when the
/// unit requires that, reviewed by the county office and published like a document. A published item keeps its public
/// guide while the clerk revises a new working copy; each approval publishes a numbered version with what changed.
/// </summary>
public class ServiceItem : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    private ServiceItem()
    {
    }

    public ServiceItem(int organisationId, ServiceGuide guide)
    {
        OrganisationId = organisationId;
        Status = ServiceItemStatus.Draft;
        Apply(guide);
    }

    public int OrganisationId { get; private set; }

    /// <summary>事项名称 of the working copy.</summary>
    public string Name { get; private set; } = "";

    public ServiceItemStatus Status { get; private set; }

    /// <summary>The working copy (<see cref="ServiceGuideJson"/>).</summary>
    public string GuideJson { get; private set; } = "";

    /// <summary>The guide the public reads; null until first published.</summary>
    public string? PublishedGuideJson { get; private set; }

    /// <summary>事项名称 of the published guide, for lists and search.</summary>
    public string? PublishedName { get; private set; }

    /// <summary>
    /// The published guide's life events and theme as one searchable text (<c>|birth|school|theme:education|</c>), so the
    /// public lists filter in the database.
    /// </summary>
    public string? PublishedTags { get; private set; }

    /// <summary>The number of the published version (0 before the first publication).</summary>
    public int PublishedVersion { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>The clerk's 修改说明 for the submission under review.</summary>
    public string? ChangeNote { get; private set; }

    /// <summary>The key the next new 申请材料 gets.</summary>
    public int NextMaterialKey { get; private set; } = 1;

    public DateTime? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTime? UnitApprovedAt { get; private set; }

    public string? UnitApprovedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    /// <summary>The reason of the last return (单位负责人 or county office).</summary>
    public string? ReviewComment { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public ServiceGuide Guide => ServiceGuideJson.Read(GuideJson);

    public ServiceGuide? PublishedGuide => PublishedGuideJson is null ? null : ServiceGuideJson.Read(PublishedGuideJson);

    public bool IsPublic => PublishedGuideJson is not null;

    public bool IsEditable => Status is ServiceItemStatus.Draft or ServiceItemStatus.Returned;

    public bool CanRecall() => Status is ServiceItemStatus.Submitted or ServiceItemStatus.AwaitingUnitApproval;

    public bool CanSignOffInUnit() => Status == ServiceItemStatus.AwaitingUnitApproval;

    public bool CanReview() => Status == ServiceItemStatus.Submitted;

    public bool CanStartRevision() => Status == ServiceItemStatus.Published;

    /// <summary>Whether the working copy differs from the published guide (a submission must change something).</summary>
    public bool HasUnpublishedChanges => !string.Equals(GuideJson, PublishedGuideJson, StringComparison.Ordinal);

    public AllowedServiceItemActions Allowed(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clerk = actor.IsClerkOf(OrganisationId);
        var head = actor.IsUnitHeadOf(OrganisationId);
        return new AllowedServiceItemActions(
            CanEdit: clerk && IsEditable,
            CanSubmit: clerk && IsEditable,
            CanRecall: clerk && CanRecall(),
            CanApproveInUnit: head && CanSignOffInUnit(),
            CanReturnInUnit: head && CanSignOffInUnit(),
            CanApprove: actor.IsReviewer && CanReview(),
            CanReturn: actor.IsReviewer && CanReview(),
            CanStartRevision: clerk && CanStartRevision());
    }

    /// <summary>"What changed" between the published guide and the working copy.</summary>
    public IReadOnlyList<string> PendingChanges() => ServiceGuideDiff.Compare(PublishedGuide, Guide);

    public void Edit(ServiceGuide guide)
    {
        if (!IsEditable)
        {
            throw new DomainException("只有草稿或已退回的办事指南可以修改。");
        }

        Apply(guide);
    }

    /// <summary>修订: a published item gets a new working copy (the public keeps the published guide until the next approval).</summary>
    public void StartRevision()
    {
        if (!CanStartRevision())
        {
            throw new DomainException("只有已发布的事项可以开始修订。");
        }

        Status = ServiceItemStatus.Draft;
        ReviewComment = null;
    }

    /// <summary>提交审核, with the clerk's 修改说明 (required when revising a published item).</summary>
    public void Submit(DateTime now, string by, bool unitSignOff, string? changeNote)
    {
        if (!IsEditable)
        {
            throw new DomainException("只有草稿或已退回的办事指南可以提交审核。");
        }

        if (IsPublic && !HasUnpublishedChanges)
        {
            throw new DomainException("办事指南与已发布的版本相同，没有需要审核的修改。");
        }

        var note = string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim();
        if (IsPublic && note is null)
        {
            throw new DomainException("修订已发布的事项时，请填写修改说明。");
        }

        if (note is { Length: > DataLimits.Summary })
        {
            throw new DomainException($"修改说明不能超过{DataLimits.Summary}个字。");
        }

        ChangeNote = note;
        Status = unitSignOff ? ServiceItemStatus.AwaitingUnitApproval : ServiceItemStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
        UnitApprovedAt = null;
        UnitApprovedBy = null;
    }

    /// <summary>撤回提交: the clerk takes the submission back before it is decided.</summary>
    public void Recall()
    {
        if (!CanRecall())
        {
            throw new DomainException("只有已提交、尚未审核的办事指南可以撤回提交。");
        }

        Status = ServiceItemStatus.Draft;
        UnitApprovedAt = null;
        UnitApprovedBy = null;
    }

    /// <summary>单位审核通过: on to the county office.</summary>
    public void ApproveInUnit(DateTime now, string by)
    {
        if (!CanSignOffInUnit())
        {
            throw new DomainException("只有待单位审核的办事指南可以由单位负责人审核。");
        }

        Status = ServiceItemStatus.Submitted;
        UnitApprovedAt = now;
        UnitApprovedBy = by;
        ReviewComment = null;
    }

    public void ReturnInUnit(string comment, DateTime now, string by)
    {
        if (!CanSignOffInUnit())
        {
            throw new DomainException("只有待单位审核的办事指南可以由单位负责人退回。");
        }

        MarkReturned(comment, now, by);
    }

    public void Return(string comment, DateTime now, string by)
    {
        if (!CanReview())
        {
            throw new DomainException("只有待审核的办事指南可以退回。");
        }

        MarkReturned(comment, now, by);
    }

    /// <summary>审核通过: the working copy is published as the next version, with what changed since the last one.</summary>
    public ServiceItemVersion Approve(DateTime now, string by)
    {
        if (!CanReview())
        {
            throw new DomainException("只有待审核的办事指南可以审核通过。");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var changes = PendingChanges();
        var guide = Guide;
        PublishedGuideJson = GuideJson;
        PublishedName = guide.Name;
        PublishedTags = Tags(guide);
        PublishedVersion++;
        PublishedAt = now;
        Status = ServiceItemStatus.Published;
        ReviewedAt = now;
        ReviewedBy = by;
        ReviewComment = null;
        var version = new ServiceItemVersion(this, PublishedVersion, string.Join("；", changes), ChangeNote, now, by);
        ChangeNote = null;
        return version;
    }

    /// <summary>The tag text of a guide (<see cref="PublishedTags"/>); <see cref="LifeEventTag"/> and <see cref="ThemeTag"/> match it.</summary>
    public static string Tags(ServiceGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return "|" + string.Concat(guide.LifeEvents.Select(e => LifeEventTag(e)[1..])) + ThemeTag(guide.Theme)[1..];
    }

    public static string LifeEventTag(string code) => $"|{code}|";

    public static string ThemeTag(string code) => $"|theme:{code}|";

    private void MarkReturned(string comment, DateTime now, string by)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("退回时必须填写审核意见。");
        }

        Status = ServiceItemStatus.Returned;
        ReviewComment = comment.Trim();
        ReviewedAt = now;
        ReviewedBy = by;
    }

    private void Apply(ServiceGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var normalised = guide.Normalised();
        var problems = ServiceGuideRules.Check(normalised);
        if (problems.Count > 0)
        {
            throw new DomainException(problems[0].Message);
        }

        // Keys stay with existing materials; new ones (key 0 or unknown) get the next key.
        var known = GuideJson.Length == 0 ? new HashSet<int>() : Guide.Materials.Select(m => m.Key).ToHashSet();
        if (PublishedGuide is { } published)
        {
            known.UnionWith(published.Materials.Select(m => m.Key));
        }

        var seen = new HashSet<int>();
        var materials = new List<ServiceMaterial>();
        foreach (var material in normalised.Materials)
        {
            if (material.Key > 0 && known.Contains(material.Key) && seen.Add(material.Key))
            {
                materials.Add(material);
            }
            else
            {
                materials.Add(material with { Key = NextMaterialKey++ });
            }
        }

        var result = normalised with { Materials = materials };
        Name = result.Name;
        GuideJson = ServiceGuideJson.Write(result);
    }
}
