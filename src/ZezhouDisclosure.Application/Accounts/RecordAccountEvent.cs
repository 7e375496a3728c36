using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Accounts;

/// <summary>Audits sign-in, sign-in failure, lockout and sign-out (security.md SEC-AUTH-08).</summary>
public sealed record RecordAccountEventCommand(AccountEvent Event, string UserName) : ICommand;

public enum AccountEvent
{
    SignedIn = 1,
    SignInFailed = 2,
    LockedOut = 3,
    SignedOut = 4,
}

public sealed class RecordAccountEventHandler(IAppDbContext db) : ICommandHandler<RecordAccountEventCommand>
{
    public async ValueTask<Unit> Handle(RecordAccountEventCommand command, CancellationToken cancellationToken)
    {
        var name = command.UserName.Length > DataLimits.ShortText ? command.UserName[..DataLimits.ShortText] : command.UserName;
        var (action, summary) = command.Event switch
        {
            AccountEvent.SignedIn => (AccountAuditActions.SignIn, $"{name} 登录成功"),
            AccountEvent.SignInFailed => (AccountAuditActions.SignInFailed, $"以登录名 {name} 登录失败"),
            AccountEvent.LockedOut => (AccountAuditActions.LockedOut, $"登录名 {name} 因多次登录失败被锁定"),
            AccountEvent.SignedOut => (AccountAuditActions.SignOut, $"{name} 退出登录"),
            _ => (AccountAuditActions.Other, name),
        };
        db.Audit(action, "Account", name, null, summary);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
