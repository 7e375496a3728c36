namespace ZezhouDisclosure.Application.Organisations;

/// <summary>
/// Audit action codes (<c>AuditEntry.Action</c>) for organisations (公开主体). The values are stored in the audit log and
/// filtered on; never change one.
/// </summary>
public static class OrganisationAuditActions
{
    /// <summary>修改机构信息</summary>
    public const string Update = "organisation.update";

    /// <summary>开启或关闭单位内审核</summary>
    public const string SetUnitSignOff = "organisation.unit-sign-off";

    /// <summary>新增单位</summary>
    public const string Add = "organisation.add";

    /// <summary>单位更名（名称沿革）</summary>
    public const string Rename = "organisation.rename";

    /// <summary>单位合并</summary>
    public const string Merge = "organisation.merge";

    /// <summary>单位撤销</summary>
    public const string Retire = "organisation.retire";

    /// <summary>调整上级单位</summary>
    public const string Move = "organisation.move";
}
