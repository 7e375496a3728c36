namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// Audit action codes (<c>AuditEntry.Action</c>) for township standard catalogues (标准目录) and county templates (标准指引). The values are stored in the audit log and
/// filtered on; never change one.
/// </summary>
public static class CatalogueAuditActions
{
    /// <summary>开始编制</summary>
    public const string Start = "catalogue.start";

    /// <summary>发起目录调整</summary>
    public const string StartRevision = "catalogue.revise";

    /// <summary>添加试点领域</summary>
    public const string AddArea = "catalogue.area.add";

    /// <summary>移除试点领域</summary>
    public const string RemoveArea = "catalogue.area.remove";

    /// <summary>领域未涉及</summary>
    public const string MarkAreaNotInvolved = "catalogue.area.not-involved";

    /// <summary>按新版标准指引更新领域</summary>
    public const string RebaseArea = "catalogue.rebase";

    /// <summary>添加事项</summary>
    public const string AddItem = "catalogue.item.add";

    /// <summary>修改事项</summary>
    public const string EditItem = "catalogue.item.edit";

    /// <summary>删除事项</summary>
    public const string RemoveItem = "catalogue.item.remove";

    /// <summary>事项是否涉及</summary>
    public const string SetItemInvolvement = "catalogue.item.involvement";

    /// <summary>导入目录</summary>
    public const string Import = "catalogue.import";

    /// <summary>提交审定</summary>
    public const string Submit = "catalogue.submit";

    /// <summary>退回</summary>
    public const string Return = "catalogue.return";

    /// <summary>审定通过</summary>
    public const string Approve = "catalogue.approve";

    /// <summary>归档公开信息到事项</summary>
    public const string FileDocument = "catalogue.file";

    /// <summary>保存标准指引事项</summary>
    public const string SaveTemplateItem = "catalogue-template.save";
}
