using Microsoft.AspNetCore.Identity;

namespace ZezhouDisclosure.Infrastructure.Identity;

/// <summary>Identity's messages in Chinese, as staff read them.</summary>
public sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"密码至少需要{length}个字符。" };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"密码至少需要包含{uniqueChars}个不同的字符。" };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"登录名 {userName} 已被使用。" };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "登录名只能包含字母、数字和 ._- 。" };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "密码不正确。" };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "操作未能完成，请稍后重试。" };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "账号已被他人修改，请刷新后重试。" };
}
