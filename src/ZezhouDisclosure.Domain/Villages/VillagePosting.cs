using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Villages;

/// <summary>Where a village posting is in its life: written, waiting for the township, public, or sent back.</summary>
public enum VillagePostingStatus
{
    Draft = 0,

    /// <summary>待乡镇审核.</summary>
    Submitted = 1,

    Published = 2,

    /// <summary>退回修改.</summary>
    Returned = 3,
}

/// <summary>
/// One 村务公开 or 财务公开 posting of a 村（居）委会 for a period, with its 公示期 and the contact for objections. Written
/// by the village's 信息员 or the township clerk on its behalf; the township reviews it before it is public (the county
/// office does not review village content).
/// </summary>
public class VillagePosting : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    private VillagePosting()
    {
    }

    public VillagePosting(int villageId, VillagePostingCategory category, VillagePeriod period, string title, string body,
        DateOnly noticeFrom, DateOnly noticeTo, string? objectionContact, DateOnly today)
    {
        OrganisationId = villageId;
        Edit(category, period, title, body, noticeFrom, noticeTo, objectionContact, today);
    }

    /// <summary>The village (or community).</summary>
    public int OrganisationId { get; private set; }

    public VillagePostingCategory Category { get; private set; }

    public VillagePeriodKind PeriodKind { get; private set; }

    /// <summary>First day of the period (the month, the quarter, or the event day).</summary>
    public DateOnly PeriodStart { get; private set; }

    public VillagePeriod Period => new(PeriodKind, PeriodStart);

    public string Title { get; private set; } = "";

    /// <summary>The posting's text (plain text; line breaks kept).</summary>
    public string Body { get; private set; } = "";

    /// <summary>公示期: first day.</summary>
    public DateOnly NoticeFrom { get; private set; }

    /// <summary>公示期: last day.</summary>
    public DateOnly NoticeTo { get; private set; }

    /// <summary>Who takes objections during the 公示期 (监督电话 / 村务监督委员会).</summary>
    public string? ObjectionContact { get; private set; }

    public VillagePostingStatus Status { get; private set; }

    public string? ReturnReason { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public bool CanEdit => Status is VillagePostingStatus.Draft or VillagePostingStatus.Returned;

    public bool CanSubmit => CanEdit;

    public bool CanReview => Status == VillagePostingStatus.Submitted;

    /// <summary>Writes the posting's content; only a draft or a returned posting can change.</summary>
    public void Edit(VillagePostingCategory category, VillagePeriod period, string title, string body,
        DateOnly noticeFrom, DateOnly noticeTo, string? objectionContact, DateOnly today)
    {
        if (!CanEdit)
        {
            throw new DomainException("已提交或已公开的村务公开不能修改。");
        }

        if (!Enum.IsDefined(category))
        {
            throw new DomainException("请选择公开类别。");
        }

        if (period.IsFuture(today))
        {
            throw new DomainException($"公开期间“{period.Label}”尚未开始，不能提前公开。");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("请填写标题。");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            throw new DomainException("请填写公开内容。");
        }

        if (noticeTo < noticeFrom)
        {
            throw new DomainException("公示期结束日期不能早于开始日期。");
        }

        Category = category;
        PeriodKind = period.Kind;
        PeriodStart = period.Start;
        Title = title.Trim();
        Body = body.Trim();
        NoticeFrom = noticeFrom;
        NoticeTo = noticeTo;
        ObjectionContact = string.IsNullOrWhiteSpace(objectionContact) ? null : objectionContact.Trim();
    }

    /// <summary>
    /// Hands an unpublished posting (draft, submitted or returned) to the village a merged village went into (撤并):
    /// the successor's writers finish it. A published posting stays the old village's record.
    /// </summary>
    public void HandOverTo(int villageId)
    {
        if (Status == VillagePostingStatus.Published)
        {
            throw new DomainException("已公开的村务公开不能移交。");
        }

        OrganisationId = villageId;
    }

    /// <summary>Sends the posting to the township for review.</summary>
    public void Submit()
    {
        if (!CanSubmit)
        {
            throw new DomainException("只有草稿或退回的村务公开可以提交审核。");
        }

        Status = VillagePostingStatus.Submitted;
        ReturnReason = null;
    }

    /// <summary>The township approves: the posting is public from <paramref name="now"/>.</summary>
    public void Publish(DateTime now, string reviewer)
    {
        if (!CanReview)
        {
            throw new DomainException("只有待审核的村务公开可以审核通过。");
        }

        Status = VillagePostingStatus.Published;
        PublishedAt = now;
        PublishedBy = reviewer;
    }

    /// <summary>The township sends the posting back with a reason.</summary>
    public void Return(string reason)
    {
        if (!CanReview)
        {
            throw new DomainException("只有待审核的村务公开可以退回。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("请填写退回理由。");
        }

        Status = VillagePostingStatus.Returned;
        ReturnReason = reason.Trim();
    }
}

/// <summary>A file attached to a village posting (e.g. the month's 村级财务收支明细 as PDF or xlsx).</summary>
public class VillagePostingAttachment : Entity, IOrganisationOwned, IAuditable
{
    private VillagePostingAttachment()
    {
    }

    public VillagePostingAttachment(VillagePosting posting, string fileName, string storageKey, string contentType, long size, string sha256)
    {
        ArgumentNullException.ThrowIfNull(posting);
        PostingId = posting.Id;
        OrganisationId = posting.OrganisationId;
        FileName = fileName;
        StorageKey = storageKey;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
    }

    public int PostingId { get; private set; }

    public int OrganisationId { get; private set; }

    public string FileName { get; private set; } = "";

    public string StorageKey { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    /// <summary>Follows its posting when the posting is handed over (<see cref="VillagePosting.HandOverTo"/>).</summary>
    public void FollowPosting(VillagePosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        if (posting.Id != PostingId)
        {
            throw new DomainException("附件只能随所属的村务公开移交。");
        }

        OrganisationId = posting.OrganisationId;
    }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
