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
}
