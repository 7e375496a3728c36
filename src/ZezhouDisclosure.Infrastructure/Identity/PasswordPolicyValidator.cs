using Microsoft.AspNetCore.Identity;

namespace ZezhouDisclosure.Infrastructure.Identity;

/// <summary>
/// The 等保 password rules Identity does not have (security.md §0.1): at least three of the four character classes,
/// no common or breached password, not containing the user name.
/// </summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<AppUser>
{
    private static readonly HashSet<string> CommonPasswords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Password123!", "Password@123", "P@ssw0rd1234", "Admin@123456", "Admin@2024", "Admin@2025", "Admin@2026",
        "Qwerty123456!", "1qaz@WSX3edc", "1qaz2wsx#EDC", "Zezhou@123456", "Abc@12345678", "Aa123456789!",
        "Passw0rd!234", "Welcome@2026", "Root@1234567", "Abcd@1234567", "Huawei@12345", "Sangfor@1234",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        password ??= "";
        var errors = new List<IdentityError>();
        var classes = new[]
        {
            password.Any(char.IsAsciiLetterLower),
            password.Any(char.IsAsciiLetterUpper),
            password.Any(char.IsAsciiDigit),
            password.Any(c => !char.IsAsciiLetterOrDigit(c)),
        }.Count(present => present);
        if (classes < 3)
        {
            errors.Add(new IdentityError { Code = "PasswordClasses", Description = "密码须包含大写字母、小写字母、数字、符号中的至少三类。" });
        }

        if (CommonPasswords.Contains(password))
        {
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = "该密码过于常见，请换一个。" });
        }

        if (!string.IsNullOrEmpty(user.UserName) && password.Contains(user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = "密码不能包含登录名。" });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
