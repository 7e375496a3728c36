namespace ZezhouDisclosure.Application.Users;

/// <summary>
/// Audit action codes (<c>AuditEntry.Action</c>) for user accounts (账号) managed by administrators. The values are stored in the audit log and
/// filtered on; never change one.
/// </summary>
public static class UserAuditActions
{
    /// <summary>创建账号</summary>
    public const string Create = "user.create";

    /// <summary>启用账号</summary>
    public const string Enable = "user.enable";

    /// <summary>停用账号</summary>
    public const string Disable = "user.disable";

    /// <summary>修改角色</summary>
    public const string ChangeRole = "user.change-role";

    /// <summary>修改通知邮箱 (the address masked in the summary)</summary>
    public const string ChangeEmail = "user.change-email";
}
