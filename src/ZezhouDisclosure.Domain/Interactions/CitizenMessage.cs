using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Interactions;

/// <summary>
/// A citizen's 留言/咨询 or 我为政府网站找错 report: received by the county office, routed to the unit that answers
/// it (or handled by the county office itself), answered, and — when the citizen agreed and the county office
/// approved — published in the 答复 list. One case keeps one clock (<see cref="DueOn"/>) whatever unit holds it.
/// </summary>
public class CitizenMessage : Entity, IOrganisationOwned, IAuditable, IVersioned
{
    public const string AnonymisedName = "（已匿名）";

    private readonly List<MessageRouting> _routings = [];

    private CitizenMessage()
    {
    }

    /// <summary>
    /// A new message; <paramref name="organisationId"/> is the unit holding it (the county office until triaged), the
    /// unit the citizen addressed is kept apart in <paramref name="addressedOrganisationId"/>.
    /// </summary>
    public CitizenMessage(
        string number,
        MessageKind kind,
        MessageCategory category,
        int organisationId,
        int? addressedOrganisationId,
        string title,
        string content,
        string? name,
        string? phone,
        string? email,
        string? pageUrl,
        bool publicationConsent,
        DateTime receivedAt,
        DateOnly receivedOn,
        DateOnly dueOn,
        string submissionKey)
    {
        if (!MessageNumber.IsValid(number))
        {
            throw new DomainException("留言编号格式不正确。");
        }

        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(content))
        {
            throw new DomainException("标题和内容不能为空。");
        }

        if ((kind == MessageKind.ErrorReport) != (category == MessageCategory.SiteError))
        {
            throw new DomainException("网站纠错只能通过“我为政府网站找错”提交。");
        }

        if (dueOn < receivedOn)
        {
            throw new DomainException("答复期限不能早于收到之日。");
        }

        Number = number;
        Kind = kind;
        Category = category;
        OrganisationId = organisationId;
        AddressedOrganisationId = addressedOrganisationId;
        Title = title.Trim();
        Content = content.Trim();
        Name = Clean(name);
        Phone = Clean(phone);
        Email = Clean(email);
        PageUrl = Clean(pageUrl);
        PublicationConsent = publicationConsent;
        ReceivedAt = receivedAt;
        ReceivedOn = receivedOn;
        DueOn = dueOn;
        SubmissionKey = submissionKey;
        Status = MessageStatus.Received;
    }

    public string Number { get; private set; } = "";

    /// <summary>The form's one-time key (unique): a second POST of the same form finds this message.</summary>
    public string SubmissionKey { get; private set; } = "";

    /// <summary>SHA-256 of the secret query code (never the code).</summary>
    public string? QueryCodeHash { get; private set; }

    public MessageKind Kind { get; private set; }

    public MessageCategory Category { get; private set; }

    /// <summary>The unit holding the case now (the county office until routed).</summary>
    public int OrganisationId { get; private set; }

    /// <summary>The unit the citizen addressed (null: 不确定).</summary>
    public int? AddressedOrganisationId { get; private set; }

    public string Title { get; private set; } = "";

    public string Content { get; private set; } = "";

    /// <summary>Personal data (encrypted at rest, masked in lists).</summary>
    public string? Name { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    /// <summary>找错: the page the error is on.</summary>
    public string? PageUrl { get; private set; }

    /// <summary>Whether the citizen agreed to the publication of the message and its answer (without personal data).</summary>
    public bool PublicationConsent { get; private set; }

    /// <summary>When it arrived (UTC).</summary>
    public DateTime ReceivedAt { get; private set; }

    /// <summary>The Beijing day it arrived; the working-day limit counts from the next day.</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The last day to answer; kept across routing and transfers.</summary>
    public DateOnly DueOn { get; private set; }

    public MessageStatus Status { get; private set; }

    public string? Reply { get; private set; }

    public DateTime? RepliedAt { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public string? RepliedBy { get; private set; }

    /// <summary>Which unit answered (the holder at the time).</summary>
    public int? AnsweredByOrganisationId { get; private set; }

    public string? RejectionReason { get; private set; }

    public int? MergedIntoId { get; private set; }

    /// <summary>Shown in the public 答复 list (consent given and approved by the county office).</summary>
    public bool IsPublished { get; private set; }

    /// <summary>
    /// When the answer was last published; kept when it is withdrawn, so a withdrawn answer is still known to have been
    /// on the public site (its cached pages and search entry must go).
    /// </summary>
    public DateTime? PublishedAt { get; private set; }

    /// <summary>The day the case closed (answered, rejected or merged), for retention.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>
    /// 申请转办: the holding unit said the case is not its business (when, who, why); the county office then transfers
    /// it (<see cref="Route"/>) or keeps it with the unit (<see cref="DeclineTransfer"/>). The clock runs on meanwhile.
    /// </summary>
    public DateTime? TransferRequestedAt { get; private set; }

    public string? TransferRequestedBy { get; private set; }

    public string? TransferRequestReason { get; private set; }

    public IReadOnlyList<MessageRouting> Routings => _routings;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public bool IsClosed => Status is MessageStatus.Answered or MessageStatus.Rejected or MessageStatus.Merged;

    public bool IsAnonymised => Name == AnonymisedName;

    public bool IsTransferRequested => TransferRequestedAt is not null;

    public void IssueQueryCode(string hash) => QueryCodeHash = hash;

    /// <summary>Past its limit and still unanswered on <paramref name="today"/> (Beijing).</summary>
    public bool IsOverdue(DateOnly today) => !IsClosed && today > DueOn;

    /// <summary>Unanswered for more than 3 months (“互动回应差”, 单项否决).</summary>
    public bool IsUnansweredPastVetoLimit(DateOnly today) => !IsClosed && today > ReceivedOn.AddMonths(MessageDeadlines.VetoMonths);

    public bool CanRoute => Status is MessageStatus.Received or MessageStatus.Assigned;

    public bool CanTriage => Status == MessageStatus.Received;

    public bool CanAnswer => Status == MessageStatus.Assigned;

    public bool CanPublish => Status == MessageStatus.Answered && PublicationConsent && !IsPublished;

    /// <summary>撤回公开: only a published answer can be taken off the public site.</summary>
    public bool CanWithdraw => IsPublished;

    /// <summary>Was on the public site and was taken off it (撤回公开); the county office may publish it again.</summary>
    public bool IsWithdrawn => !IsPublished && PublishedAt is not null;

    /// <summary>
    /// 分办 (from the county office's queue) or 转办 (from one unit to another): the same case, the same clock; the
    /// move is recorded. Accepting a message for the county office itself is a route to its own unit.
    /// </summary>
    public void Route(int toOrganisationId, DateTime at, string by, string? note)
    {
        if (!CanRoute)
        {
            throw new DomainException(ClosedReason());
        }

        if (Status == MessageStatus.Assigned && toOrganisationId == OrganisationId)
        {
            throw new DomainException("留言已由该单位办理，请选择其他单位转办。");
        }

        var recorded = Clean(note) ?? (IsTransferRequested ? "单位申请转办：" + TransferRequestReason : null);
        _routings.Add(new MessageRouting(Status == MessageStatus.Received ? null : OrganisationId, toOrganisationId, at, by, recorded));
        OrganisationId = toOrganisationId;
        Status = MessageStatus.Assigned;
        ClearTransferRequest();
    }

    /// <summary>
    /// 申请转办 by the unit holding the case: it is not this unit's business. The case stays with the unit (and keeps its
    /// one clock) until the county office transfers it or declines.
    /// </summary>
    public void RequestTransfer(string reason, DateTime at, string by)
    {
        if (Status != MessageStatus.Assigned)
        {
            throw new DomainException(Status == MessageStatus.Received ? "留言尚未分办，不能申请转办。" : ClosedReason());
        }

        if (IsTransferRequested)
        {
            throw new DomainException("已申请转办，请等待县政务公开办处理。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("请填写申请转办的理由。");
        }

        TransferRequestReason = reason.Trim();
        TransferRequestedAt = at;
        TransferRequestedBy = by;
    }

    /// <summary>The county office keeps the case with the unit that asked for a transfer.</summary>
    public void DeclineTransfer()
    {
        if (!IsTransferRequested || Status != MessageStatus.Assigned)
        {
            throw new DomainException("该留言没有待处理的转办申请。");
        }

        ClearTransferRequest();
    }

    /// <summary>不予受理 (spam, abuse, nothing to answer): the county office's triage only, with a reason.</summary>
    public void Reject(string reason, DateOnly today)
    {
        if (!CanTriage)
        {
            throw new DomainException(Status == MessageStatus.Assigned ? "留言已分办，不能再作为无效留言处理。" : ClosedReason());
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("请填写不予受理的理由。");
        }

        RejectionReason = reason.Trim();
        Status = MessageStatus.Rejected;
        ClosedOn = today;
    }

    /// <summary>合并: a duplicate of <paramref name="target"/>; the citizen's query shows the other message's number.</summary>
    public void MergeInto(CitizenMessage target, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!CanRoute)
        {
            throw new DomainException(ClosedReason());
        }

        if (target.Id == Id || target.Status is MessageStatus.Merged or MessageStatus.Rejected)
        {
            throw new DomainException("只能合并到另一条有效的留言。");
        }

        MergedIntoId = target.Id;
        Status = MessageStatus.Merged;
        ClosedOn = today;
    }

    /// <summary>答复 by the holding unit.</summary>
    public void Answer(string text, int byOrganisationId, string by, DateTime at, DateOnly today)
    {
        if (!CanAnswer)
        {
            throw new DomainException(Status == MessageStatus.Received ? "留言尚未分办，请先分办或受理。" : ClosedReason());
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("答复内容不能为空。");
        }

        ClearTransferRequest();
        Reply = text.Trim();
        RepliedAt = at;
        RepliedBy = by;
        AnsweredOn = today;
        AnsweredByOrganisationId = byOrganisationId;
        Status = MessageStatus.Answered;
        ClosedOn = today;
    }

    /// <summary>The county office approves the answer for the public 答复 list (only with the citizen's consent).</summary>
    public void Publish(DateTime at)
    {
        if (!CanPublish)
        {
            throw new DomainException(
                Status != MessageStatus.Answered ? "只有已答复的留言可以公开。"
                : !PublicationConsent ? "留言人不同意公开，不能公开。"
                : "该答复已经公开。");
        }

        IsPublished = true;
        PublishedAt = at;
    }

    /// <summary>
    /// 撤回公开 by the county office, with a reason (personal data found, the citizen withdrew consent, …): the answer
    /// leaves the public site. When the citizen withdrew consent (<paramref name="consentWithdrawn"/>) it can never be
    /// published again; otherwise the county office may publish it again after review.
    /// </summary>
    public void Withdraw(string reason, bool consentWithdrawn)
    {
        if (!CanWithdraw)
        {
            throw new DomainException("该答复未公开，不能撤回公开。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("请填写撤回公开的理由。");
        }

        IsPublished = false;
        if (consentWithdrawn)
        {
            PublicationConsent = false;
        }
    }

    /// <summary>Retention: removes the citizen's personal data; the message and its answer are kept.</summary>
    public void Anonymise()
    {
        Name = AnonymisedName;
        Phone = null;
        Email = null;
    }

    private string ClosedReason() => Status switch
    {
        MessageStatus.Answered => "该留言已答复办结，不能再办理。",
        MessageStatus.Rejected => "该留言已作不予受理处理。",
        MessageStatus.Merged => "该留言已合并到其他留言。",
        _ => "当前状态不能进行此操作。",
    };

    private void ClearTransferRequest()
    {
        TransferRequestReason = null;
        TransferRequestedAt = null;
        TransferRequestedBy = null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
