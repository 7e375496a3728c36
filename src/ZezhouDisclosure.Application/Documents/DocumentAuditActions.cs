namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// Audit action codes (<c>AuditEntry.Action</c>) for documents (政府信息) and their attachments. The values are stored in the audit log and
/// filtered on; never change one.
/// </summary>
public static class DocumentAuditActions
{
    /// <summary>新建草稿</summary>
    public const string Create = "document.create";

    /// <summary>修改</summary>
    public const string Update = "document.update";

    /// <summary>提交审核</summary>
    public const string Submit = "document.submit";

    /// <summary>退回</summary>
    public const string Return = "document.return";

    /// <summary>撤回提交 (the clerk takes a submission back to a draft before review)</summary>
    public const string Recall = "document.recall";

    /// <summary>单位审核通过 (the unit head passes it on to the county office)</summary>
    public const string ApproveInUnit = "document.unit-approve";

    /// <summary>单位审核退回 (the unit head returns it to the clerk)</summary>
    public const string ReturnInUnit = "document.unit-return";

    /// <summary>
    /// The workflow steps (submission, unit sign-off, review, publication, withdrawal), shown as a document's 审核记录
    /// beside its revisions.
    /// </summary>
    public static IReadOnlySet<string> Workflow { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Submit, Recall, ApproveInUnit, ReturnInUnit, Return, Approve, AcknowledgeFiling, PublishScheduled, PublishUrgently, ConfirmPostReview, Withdraw,
    };

    /// <summary>审核通过（含随政策一并通过的解读）</summary>
    public const string Approve = "document.approve";

    /// <summary>定时发布</summary>
    public const string PublishScheduled = "document.publish-scheduled";

    /// <summary>紧急发布</summary>
    public const string PublishUrgently = "document.publish-urgent";

    /// <summary>补审紧急发布</summary>
    public const string ConfirmPostReview = "document.post-review";

    /// <summary>撤回</summary>
    public const string Withdraw = "document.withdraw";

    /// <summary>删除（进入回收站）</summary>
    public const string Delete = "document.delete";

    /// <summary>从回收站恢复</summary>
    public const string Restore = "document.restore";

    /// <summary>恢复历史版本</summary>
    public const string RestoreRevision = "document.restore-revision";

    /// <summary>设置有效性</summary>
    public const string SetValidity = "document.validity";

    /// <summary>公开属性备案</summary>
    public const string AcknowledgeFiling = "document.filing";

    /// <summary>记录解读形式</summary>
    public const string DescribeInterpretation = "document.interpretation";

    /// <summary>关联解读与政策</summary>
    public const string LinkInterpretation = "document.link-interpretation";

    /// <summary>添加附件</summary>
    public const string AddAttachment = "document.attachment-add";

    /// <summary>调整附件顺序</summary>
    public const string MoveAttachment = "document.attachment-move";

    /// <summary>修改附件显示名称</summary>
    public const string RenameAttachment = "document.attachment-rename";

    /// <summary>删除附件</summary>
    public const string RemoveAttachment = "document.attachment-remove";
}
