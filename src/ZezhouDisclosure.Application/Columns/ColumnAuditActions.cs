namespace ZezhouDisclosure.Application.Columns;

/// <summary>
/// Audit action codes (<c>AuditEntry.Action</c>) for columns (栏目). The values are stored in the audit log and
/// filtered on; never change one.
/// </summary>
public static class ColumnAuditActions
{
    /// <summary>修改栏目</summary>
    public const string Update = "column.update";

    /// <summary>新增栏目</summary>
    public const string Add = "column.add";

    /// <summary>移动栏目（或调整排序）</summary>
    public const string Move = "column.move";

    /// <summary>停用栏目</summary>
    public const string Retire = "column.retire";

    /// <summary>恢复启用栏目</summary>
    public const string Restore = "column.restore";
}
