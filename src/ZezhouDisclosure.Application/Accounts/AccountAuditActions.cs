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

    /// <summary>同一地址多次登录失败，须等待（不锁定账号）</summary>
    public const string LockedOut = "account.locked-out";

    /// <summary>退出登录</summary>
    public const string SignOut = "account.signout";

    /// <summary>修改密码</summary>
    public const string PasswordChanged = "account.password-changed";

    /// <summary>启用双因素认证</summary>
    public const string TwoFactorEnabled = "account.2fa-enabled";

    /// <summary>停用双因素认证</summary>
    public const string TwoFactorDisabled = "account.2fa-disabled";

    /// <summary>重新生成恢复码</summary>
    public const string RecoveryCodesRenewed = "account.recovery-codes";

    /// <summary>验证码（第二步）不正确</summary>
    public const string TwoFactorFailed = "account.2fa-failed";

    /// <summary>其他账号事件</summary>
    public const string Other = "account.event";
}
