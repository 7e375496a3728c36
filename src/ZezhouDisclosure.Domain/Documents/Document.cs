using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Documents;

/// <summary>
/// A piece of government information (政府信息) of one organisation, written by its clerk, reviewed by the county
/// office and, when 主动公开, published in its column with a 索引号.
/// </summary>
public class Document : Entity, IOrganisationOwned, IAuditable, IVersioned, ISoftDeletable
{
    private Document()
    {
    }

    public Document(int organisationId, DocumentContent content)
    {
        OrganisationId = organisationId;
        Status = DocumentStatus.Draft;
        Validity = DocumentValidity.Valid;
        Apply(content);
    }

    public int OrganisationId { get; private set; }

    /// <summary>
    /// A merge hands the unit's open work (a document not yet published, withdrawn or decided 不予公开) to its successor.
    /// </summary>
    public bool IsOpenWork => !IsDeleted && Status is DocumentStatus.Draft or DocumentStatus.Submitted or DocumentStatus.Returned
        or DocumentStatus.Scheduled or DocumentStatus.AwaitingUnitApproval;

    /// <summary>Moves open work to the unit that took over (organisation merge); published records keep their unit.</summary>
    public void HandOverTo(int organisationId)
    {
        if (!IsOpenWork)
        {
            throw new DomainException("只有未发布的信息可以移交给合并后的单位。");
        }

        OrganisationId = organisationId;
    }

    /// <summary>Most organisations a document may name as joint issuers.</summary>
    public const int MaxJointIssuers = 10;

    /// <summary>联合发文: the other organisations issuing the document with its own (发布机构 reads “A、B”).</summary>
    public List<int> JointIssuerIds { get; private set; } = [];

    public int ColumnId { get; private set; }

    public int? TopicCategoryId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>Sanitised rich text (see the application's HTML sanitiser).</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>发文字号, e.g. 泽政办发〔2020〕22号.</summary>
    public string? DocumentNumber { get; private set; }

    /// <summary>成文日期.</summary>
    public DateOnly? WrittenOn { get; private set; }

    /// <summary>内容概述.</summary>
    public string? Summary { get; private set; }

    /// <summary>发文字号 in normal form (<see cref="DocumentNumbers.Normalise"/>) for search and comparison.</summary>
    public string? NormalisedDocumentNumber { get; private set; }

    /// <summary>关键词.</summary>
    public string? Keywords { get; private set; }

    /// <summary>体裁.</summary>
    public string? Genre { get; private set; }

    /// <summary>五公开 category.</summary>
    public FivePublicCategory? FivePublic { get; private set; }

    /// <summary>行政规范性文件 (subject to 清理 and validity tracking).</summary>
    public bool IsNormative { get; private set; }

    /// <summary>政策性文件, as its clerk declared it (a 行政规范性文件 is one too).</summary>
    public bool IsPolicy { get; private set; }

    /// <summary>
    /// 同步解读 follows the document's type, wherever it is filed: a 政策性文件 or 行政规范性文件 goes with its 解读 or
    /// a recorded reason why it needs none (泽政办发〔2020〕22号 四（三）1; see <see cref="SynchronousInterpretation"/>).
    /// </summary>
    public bool IsPolicyType => IsPolicy || IsNormative;

    /// <summary>生效日期.</summary>
    public DateOnly? EffectiveOn { get; private set; }

    /// <summary>失效或废止日期.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>The last revision number written for this document.</summary>
    public int RevisionCount { get; private set; }

    /// <summary>When a scheduled document goes public (UTC).</summary>
    public DateTime? ScheduledAt { get; private set; }

    /// <summary>
    /// 紧急发布: published by its clerk before review; shown as 待补审 to the county office until it is reviewed.
    /// </summary>
    public bool AwaitingPostReview { get; private set; }

    /// <summary>When the county office acknowledged the 公开属性 filing (备案) of a 依申请公开 / 不予公开 document.</summary>
    public DateTime? FilingAcknowledgedAt { get; private set; }

    public string? FilingAcknowledgedBy { get; private set; }

    /// <summary>依申请公开 and 不予公开 documents are filed with the county office (备案) before approval.</summary>
    public bool RequiresFiling => Attribute is DisclosureAttribute.OnRequest or DisclosureAttribute.NotPublic;

    /// <summary>Set when this document is a 解读: its form.</summary>
    public InterpretationForm? InterpretationForm { get; private set; }

    /// <summary>For a 解读: the other channels it was also published on.</summary>
    public InterpretationChannels InterpretationChannels { get; private set; }

    /// <summary>For a 解读: the interpreting unit (谁起草、谁解读), when not the issuing organisation itself.</summary>
    public string? InterpretingUnit { get; private set; }

    /// <summary>For a policy document: why it needs no 解读 (the “不需解读” declaration).</summary>
    public string? NoInterpretationReason { get; private set; }

    public bool IsInterpretation => InterpretationForm is not null;

    public DateTime? WithdrawnAt { get; private set; }

    public string? WithdrawnBy { get; private set; }

    /// <summary>Shown publicly on the document's page after withdrawal.</summary>
    public string? WithdrawalReason { get; private set; }

    public DisclosureAttribute? Attribute { get; private set; }

    public NonDisclosureGround? Ground { get; private set; }

    public string? Reason { get; private set; }

    public DocumentStatus Status { get; private set; }

    public DocumentValidity Validity { get; private set; }

    /// <summary>索引号, assigned on approval; unique and never reused.</summary>
    public string? IndexNumber { get; private set; }

    /// <summary>发布日期 (UTC).</summary>
    public DateTime? PublishedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    /// <summary>When the unit head (单位负责人) signed the current submission off (单位审核通过).</summary>
    public DateTime? UnitApprovedAt { get; private set; }

    public string? UnitApprovedBy { get; private set; }

    /// <summary>The revision the document had when it was last returned (by the unit head or the county office).</summary>
    public int? ReturnedAtRevision { get; private set; }

    /// <summary>The revision the document had when it was last approved for publication.</summary>
    public int? PublishedAtRevision { get; private set; }

    /// <summary>The reviewer's comment when the document was last returned.</summary>
    public string? ReviewComment { get; private set; }

    public bool IsDeleted { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    public string? DeletedBy { get; private set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public bool IsEditable => Status is DocumentStatus.Draft or DocumentStatus.Returned;

    public bool IsPublic => Status == DocumentStatus.Published && !IsDeleted;

    /// <summary>修改 and 提交审核 are open while the clerk holds the document (草稿 or 已退回).</summary>
    public bool CanEdit() => IsEditable;

    /// <summary>
    /// 提交审核 is open (the workflow state only; whether the 公开属性 is lawful is checked on submission, see
    /// <see cref="DisclosureRules"/>).
    /// </summary>
    public bool CanSubmit() => IsEditable;

    /// <summary>审核通过 is open: submitted, and a 依申请公开 / 不予公开 document has its filing acknowledged.</summary>
    public bool CanApprove() => Status == DocumentStatus.Submitted && (!RequiresFiling || FilingAcknowledgedAt is not null);

    /// <summary>退回 is open: the document waits for review.</summary>
    public bool CanReturn() => Status == DocumentStatus.Submitted;

    /// <summary>撤回提交 is open: submitted (to the unit head or the county office) and not yet decided.</summary>
    public bool CanRecall() => Status is DocumentStatus.Submitted or DocumentStatus.AwaitingUnitApproval;

    /// <summary>单位审核 (pass on or return) is open: the document waits for its unit head.</summary>
    public bool CanSignOffInUnit() => Status == DocumentStatus.AwaitingUnitApproval;

    /// <summary>公开属性备案 is open: a submitted document that is not 主动公开.</summary>
    public bool CanAcknowledgeFiling() => RequiresFiling && Status == DocumentStatus.Submitted;

    /// <summary>紧急发布 is open: a 主动公开 document the clerk still holds.</summary>
    public bool CanPublishUrgently() => IsEditable && Attribute == DisclosureAttribute.Proactive;

    /// <summary>补审 is open: the document was published urgently and not yet reviewed.</summary>
    public bool CanConfirmPostReview() => AwaitingPostReview;

    /// <summary>撤回 is open: the document is published.</summary>
    public bool CanWithdraw() => Status == DocumentStatus.Published;

    /// <summary>
    /// What <paramref name="actor"/> may do now: the organisation's clerk writes, submits, publishes urgently and
    /// deletes while holding the document; the county office reviews, files, post-reviews and withdraws, and may delete
    /// any document; both may record 有效性.
    /// </summary>
    public AllowedDocumentActions Allowed(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clerk = actor.IsClerkOf(OrganisationId);
        var reviewer = actor.IsReviewer;
        return new AllowedDocumentActions(
            CanEdit: clerk && CanEdit(),
            CanSubmit: clerk && CanSubmit(),
            CanPublishUrgently: clerk && CanPublishUrgently(),
            CanReview: reviewer && CanReturn(),
            CanApprove: reviewer && CanApprove(),
            CanReturn: reviewer && CanReturn(),
            CanAcknowledgeFiling: reviewer && CanAcknowledgeFiling(),
            CanConfirmPostReview: reviewer && CanConfirmPostReview(),
            CanWithdraw: reviewer && CanWithdraw(),
            CanDelete: !IsDeleted && (actor.IsCountyWide || (clerk && IsEditable)),
            CanSetValidity: actor.IsCountyWide || clerk)
        {
            CanRecall = clerk && CanRecall(),
            CanApproveInUnit = actor.IsUnitHeadOf(OrganisationId) && CanSignOffInUnit(),
            CanReturnInUnit = actor.IsUnitHeadOf(OrganisationId) && CanSignOffInUnit(),
        };
    }

    public void Edit(DocumentContent content)
    {
        if (!CanEdit())
        {
            throw new DomainException("只有草稿或已退回的信息可以修改。");
        }

        Apply(content);
    }

    /// <summary>
    /// 提交审核. A document without a lawful 公开属性 cannot be submitted. When its unit requires its own sign-off
    /// (<paramref name="unitSignOff"/>) it waits for the unit head (待单位审核), otherwise for the county office.
    /// </summary>
    public void Submit(DateTime now, string by, bool unitSignOff = false)
    {
        if (!CanSubmit())
        {
            throw new DomainException("只有草稿或已退回的信息可以提交审核。");
        }

        var problems = DisclosureRules.Check(Attribute, Ground, Reason);
        if (problems.Count > 0)
        {
            throw new DomainException(problems[0].Message);
        }

        Status = unitSignOff ? DocumentStatus.AwaitingUnitApproval : DocumentStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
        UnitApprovedAt = null;
        UnitApprovedBy = null;
    }

    /// <summary>撤回提交: the clerk takes the submission back before it is decided; the document is a draft again.</summary>
    public void Recall()
    {
        if (!CanRecall())
        {
            throw new DomainException("只有已提交、尚未审核的信息可以撤回提交。");
        }

        Status = DocumentStatus.Draft;
        UnitApprovedAt = null;
        UnitApprovedBy = null;
    }

    /// <summary>单位审核通过: the unit head passes the document on to the county office (待审核).</summary>
    public void ApproveInUnit(DateTime now, string by)
    {
        if (!CanSignOffInUnit())
        {
            throw new DomainException("只有待单位审核的信息可以由单位负责人审核。");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        Status = DocumentStatus.Submitted;
        UnitApprovedAt = now;
        UnitApprovedBy = by;
        ReviewComment = null;
    }

    /// <summary>单位审核退回: the unit head returns the document to its clerk with a reason.</summary>
    public void ReturnInUnit(string comment, DateTime now, string by)
    {
        if (!CanSignOffInUnit())
        {
            throw new DomainException("只有待单位审核的信息可以由单位负责人退回。");
        }

        MarkReturned(comment, now, by);
    }

    /// <summary>
    /// 审核通过: takes its 索引号; 主动公开 documents are published at once, or at <paramref name="publishAt"/> when that
    /// is later. A 依申请公开 / 不予公开 document needs its filing acknowledged first.
    /// </summary>
    public void Approve(string indexNumber, DateTime now, string by, DateTime? publishAt = null)
    {
        if (!CanApprove())
        {
            throw new DomainException(Status != DocumentStatus.Submitted
                ? "只有待审核的信息可以审核通过。"
                : "依申请公开、不予公开的信息须先完成公开属性备案，才能审核通过。");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(indexNumber);
        IndexNumber = indexNumber;
        ReviewedAt = now;
        ReviewedBy = by;
        ReviewComment = null;
        PublishedAtRevision = RevisionCount;
        if (Attribute != DisclosureAttribute.Proactive)
        {
            Status = DocumentStatus.ApprovedNotPublic;
        }
        else if (publishAt is { } at && at > now)
        {
            Status = DocumentStatus.Scheduled;
            ScheduledAt = at;
        }
        else
        {
            Status = DocumentStatus.Published;
            PublishedAt = now;
        }
    }

    /// <summary>Publishes a scheduled document whose time has come; returns whether it did.</summary>
    public bool PublishIfDue(DateTime now)
    {
        if (Status != DocumentStatus.Scheduled || ScheduledAt > now)
        {
            return false;
        }

        Status = DocumentStatus.Published;
        PublishedAt = ScheduledAt;
        return true;
    }

    /// <summary>公开属性备案: the county office acknowledges the filing of a non-proactive document.</summary>
    public void AcknowledgeFiling(DateTime now, string by)
    {
        if (!CanAcknowledgeFiling())
        {
            throw new DomainException(!RequiresFiling ? "主动公开的信息无需公开属性备案。" : "只有待审核的信息可以备案。");
        }

        FilingAcknowledgedAt = now;
        FilingAcknowledgedBy = by;
    }

    /// <summary>
    /// 紧急发布 by the clerk: published at once with its 索引号, marked 待补审 until the county office reviews it.
    /// Only 主动公开 documents; everything the submission needs must be there.
    /// </summary>
    public void PublishUrgently(string indexNumber, DateTime now, string by)
    {
        if (!CanPublishUrgently())
        {
            throw new DomainException(!IsEditable ? "只有草稿或已退回的信息可以紧急发布。" : "只有主动公开的信息可以紧急发布。");
        }

        Submit(now, by);
        Status = DocumentStatus.Published;
        IndexNumber = indexNumber;
        PublishedAt = now;
        PublishedAtRevision = RevisionCount;
        AwaitingPostReview = true;
    }

    /// <summary>补审: the county office confirms an urgently published document.</summary>
    public void ConfirmPostReview(DateTime now, string by)
    {
        if (!CanConfirmPostReview())
        {
            throw new DomainException("该信息不需要补审。");
        }

        AwaitingPostReview = false;
        ReviewedAt = now;
        ReviewedBy = by;
    }

    /// <summary>退回 with a comment the clerk must see.</summary>
    public void Return(string comment, DateTime now, string by)
    {
        if (!CanReturn())
        {
            throw new DomainException("只有待审核的信息可以退回。");
        }

        MarkReturned(comment, now, by);
    }

    private void MarkReturned(string comment, DateTime now, string by)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("退回时必须填写审核意见。");
        }

        Status = DocumentStatus.Returned;
        ReviewComment = comment.Trim();
        ReviewedAt = now;
        ReviewedBy = by;
        ReturnedAtRevision = RevisionCount;
    }

    /// <summary>Marks this document as a 解读 with its form, channels and interpreting unit.</summary>
    public void DescribeInterpretation(InterpretationForm form, InterpretationChannels channels, string? interpretingUnit)
    {
        if (!Enum.IsDefined(form))
        {
            throw new DomainException("解读形式无效。");
        }

        InterpretationForm = form;
        InterpretationChannels = channels;
        InterpretingUnit = string.IsNullOrWhiteSpace(interpretingUnit) ? null : interpretingUnit.Trim();
    }

    /// <summary>The “不需解读” declaration of a policy document, with its reason (null clears it).</summary>
    public void DeclareNoInterpretation(string? reason)
    {
        if (reason is not null && reason.Trim().Length < 5)
        {
            throw new DomainException("不需解读的说明不少于5个字。");
        }

        NoInterpretationReason = reason?.Trim();
    }

    /// <summary>Takes the next revision number for a revision about to be written.</summary>
    public int NextRevisionNumber() => ++RevisionCount;

    /// <summary>有效性: marks a document 有效, 失效 or 废止 with its dates (allowed at any stage, e.g. after 清理).</summary>
    public void SetValidity(DocumentValidity validity, bool isNormative, DateOnly? effectiveOn, DateOnly? expiresOn)
    {
        if (!Enum.IsDefined(validity))
        {
            throw new DomainException("有效性无效。");
        }

        if (effectiveOn is not null && expiresOn is not null && expiresOn < effectiveOn)
        {
            throw new DomainException("失效或废止日期不能早于生效日期。");
        }

        if (validity != DocumentValidity.Valid && expiresOn is null)
        {
            throw new DomainException("标记为失效或废止时，必须填写失效或废止日期。");
        }

        Validity = validity;
        IsNormative = isNormative;
        EffectiveOn = effectiveOn;
        ExpiresOn = expiresOn;
    }

    /// <summary>撤回 a published document with a reason the public will read.</summary>
    public void Withdraw(string reason, DateTime now, string by)
    {
        if (!CanWithdraw())
        {
            throw new DomainException("只有已发布的信息可以撤回。");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 5)
        {
            throw new DomainException("撤回时必须填写向公众说明的撤回理由（不少于5个字）。");
        }

        Status = DocumentStatus.Withdrawn;
        AwaitingPostReview = false;
        WithdrawnAt = now;
        WithdrawnBy = by;
        WithdrawalReason = reason.Trim();
    }

    public void SoftDelete(DateTime now, string by)
    {
        if (IsDeleted)
        {
            return;
        }

        IsDeleted = true;
        DeletedAt = now;
        DeletedBy = by;
    }

    public void Restore()
    {
        IsDeleted = false;
        DeletedAt = null;
        DeletedBy = null;
    }

    private void Apply(DocumentContent content)
    {
        if (content.Attribute != Attribute)
        {
            // A changed 公开属性 must be filed again.
            FilingAcknowledgedAt = null;
            FilingAcknowledgedBy = null;
        }

        if (string.IsNullOrWhiteSpace(content.Title))
        {
            throw new DomainException("标题不能为空。");
        }

        var jointIssuers = content.JointIssuerIds.Where(id => id != OrganisationId).Distinct().ToList();
        if (jointIssuers.Count > MaxJointIssuers)
        {
            throw new DomainException($"联合发文机关不能超过{MaxJointIssuers}个。");
        }

        Title = content.Title.Trim();
        JointIssuerIds = jointIssuers;
        BodyHtml = content.BodyHtml;
        ColumnId = content.ColumnId;
        TopicCategoryId = content.TopicCategoryId;
        DocumentNumber = string.IsNullOrWhiteSpace(content.DocumentNumber) ? null : content.DocumentNumber.Trim();
        WrittenOn = content.WrittenOn;
        Summary = string.IsNullOrWhiteSpace(content.Summary) ? null : content.Summary.Trim();
        NormalisedDocumentNumber = DocumentNumbers.Normalise(DocumentNumber);
        Keywords = string.IsNullOrWhiteSpace(content.Keywords) ? null : content.Keywords.Trim();
        Genre = string.IsNullOrWhiteSpace(content.Genre) ? null : content.Genre.Trim();
        FivePublic = content.FivePublic;
        IsPolicy = content.IsPolicy;
        IsNormative = content.IsNormative ?? IsNormative;
        NoInterpretationReason = string.IsNullOrWhiteSpace(content.NoInterpretationReason) ? null : content.NoInterpretationReason.Trim();
        Attribute = content.Attribute;
        Ground = content.Attribute is DisclosureAttribute.Proactive ? null : content.Ground;
        Reason = content.Attribute is DisclosureAttribute.Proactive || string.IsNullOrWhiteSpace(content.Reason)
            ? null
            : content.Reason.Trim();
    }
}
