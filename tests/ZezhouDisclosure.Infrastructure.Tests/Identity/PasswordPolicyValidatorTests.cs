using Microsoft.AspNetCore.Identity;
using ZezhouDisclosure.Infrastructure.Identity;

namespace ZezhouDisclosure.Infrastructure.Tests.Identity;

public class PasswordPolicyValidatorTests
{
    private static async Task<IdentityResult> ValidateAsync(string password, string userName = "gaodu-clerk") =>
        await new PasswordPolicyValidator().ValidateAsync(null!, new AppUser { UserName = userName }, password);

    [Theory]
    [InlineData("Strong-Pass-2026x")]
    [InlineData("长长的中文口令也可以2026ab")]
    [InlineData("correct horse battery staple 2026 zezhou portal passphrase of sixty-four chars ok!!")]
    public async Task Validate_StrongPassword_Succeeds(string password)
    {
        Assert.True((await ValidateAsync(password)).Succeeded);
    }

    [Theory]
    [InlineData("alllowercaseletters", "PasswordClasses")]
    [InlineData("ALLUPPER12345", "PasswordClasses")]
    [InlineData("Password123!", "PasswordCommon")]
    [InlineData("Admin@2026", "PasswordCommon")]
    [InlineData("Admin@1234567", "PasswordCommon")]
    [InlineData("Admin#98765432", "PasswordCommon")]
    [InlineData("P@ssw0rd2026!", "PasswordCommon")]
    [InlineData("1qaz@WSX3edc", "PasswordCommon")]
    [InlineData("Zezhou@2026!!", "PasswordCommon")]
    [InlineData("Woaini1314!!", "PasswordCommon")]
    [InlineData("Qwertyuiop@123", "PasswordCommon")]
    [InlineData("Xgaodu-clerk#2026", "PasswordContainsUserName")]
    public async Task Validate_WeakPassword_IsRefusedWithAReason(string password, string code)
    {
        var result = await ValidateAsync(password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == code && e.Description.Length > 0);
    }

    [Fact]
    public void CommonPasswords_ShippedList_HasSomeThousandEntries()
    {
        Assert.True(PasswordPolicyValidator.CommonPasswords.Count >= 3000, $"{PasswordPolicyValidator.CommonPasswords.Count} entries");
        Assert.Contains("123456", (IReadOnlySet<string>)PasswordPolicyValidator.CommonPasswords);
        Assert.Contains("woaini1314", (IReadOnlySet<string>)PasswordPolicyValidator.CommonPasswords);
    }
}
