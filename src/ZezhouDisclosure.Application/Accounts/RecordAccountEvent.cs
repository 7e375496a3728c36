using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Accounts;

/// <summary>
/// Audits sign-in, sign-in failure, throttling, sign-out, password and two-factor changes (security.md SEC-AUTH-08).
/// When <see cref="KnownAccount"/> is false nobody has the name that was typed, which may be a password typed into
/// the wrong box: only its length is kept, never the text.
/// </summary>
public sealed record RecordAccountEventCommand(AccountEvent Event, string UserName, bool KnownAccount = true) : ICommand;

public enum AccountEvent
{
    SignedIn = 1,
    SignInFailed = 2,

    /// <summary>Too many failures from this client for this name: the sign-in was refused without checking the password.</summary>
    LockedOut = 3,
    SignedOut = 4,
    PasswordChanged = 5,
    TwoFactorEnabled = 6,
    TwoFactorDisabled = 7,
    RecoveryCodesRenewed = 8,
    TwoFactorFailed = 9,
}

public sealed class RecordAccountEventHandler(IAppDbContext db) : ICommandHandler<RecordAccountEventCommand>
{
    /// <summary>Stands for a typed name no account has (security: the text is not kept).</summary>
    public const string UnknownAccount = "未知账户";

    public async ValueTask<Unit> Handle(RecordAccountEventCommand command, CancellationToken cancellationToken)
    {
        var name = !command.KnownAccount
            ? $"{UnknownAccount}（输入{command.UserName.Length.ToString(CultureInfo.InvariantCulture)}个字符）"
            : command.UserName.Length > DataLimits.ShortText ? command.UserName[..DataLimits.ShortText] : command.UserName;
        var (action, summary) = command.Event switch
        {
            AccountEvent.SignedIn => (AccountAuditActions.SignIn, $"{name} 登录成功"),
            AccountEvent.SignInFailed => (AccountAuditActions.SignInFailed, $"以登录名 {name} 登录失败"),
            AccountEvent.LockedOut => (AccountAuditActions.LockedOut, $"登录名 {name} 从同一地址多次登录失败，须等待后再试"),
            AccountEvent.SignedOut => (AccountAuditActions.SignOut, $"{name} 退出登录"),
            AccountEvent.PasswordChanged => (AccountAuditActions.PasswordChanged, $"{name} 修改密码，其他登录会话已结束"),
            AccountEvent.TwoFactorEnabled => (AccountAuditActions.TwoFactorEnabled, $"{name} 启用双因素认证"),
            AccountEvent.TwoFactorDisabled => (AccountAuditActions.TwoFactorDisabled, $"{name} 停用双因素认证"),
            AccountEvent.RecoveryCodesRenewed => (AccountAuditActions.RecoveryCodesRenewed, $"{name} 重新生成恢复码"),
            AccountEvent.TwoFactorFailed => (AccountAuditActions.TwoFactorFailed, $"{name} 的验证码不正确"),
            _ => (AccountAuditActions.Other, name),
        };
        db.Audit(action, "Account", command.KnownAccount ? name : UnknownAccount, null, summary);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
