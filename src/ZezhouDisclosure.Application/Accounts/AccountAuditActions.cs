namespace ZezhouDisclosure.Application.Accounts;

/// <summary>
/// Audit action codes (<c>AuditEntry.Action</c>) for sign-in events (security.md SEC-AUTH-08). The values are stored in the audit log and
/// filtered on; never change one.
/// </summary>
public static class AccountAuditActions
{
    /// <summary>登录成功</summary>
    public const string SignIn = "account.signin";

    /// <summary>登录失败</summary>
    public const string SignInFailed = "account.signin-failed";

    /// <summary>因多次登录失败被锁定</summary>
    public const string LockedOut = "account.locked-out";

    /// <summary>退出登录</summary>
    public const string SignOut = "account.signout";

    /// <summary>其他账号事件</summary>
    public const string Other = "account.event";
}
