using System.Collections.Frozen;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace ZezhouDisclosure.Infrastructure.Identity;

/// <summary>
/// The 等保 password rules Identity does not have (security.md §0.1, SEC-AUTH-03): at least three of the four character
/// classes; not a common or breached-style password (the shipped list CommonPasswords.txt, compared without case);
/// not a common word dressed up with digits and symbols (<c>Admin@1234567</c>, <c>P@ssw0rd2026!</c>: the letters of
/// the password, also with look-alike digits and symbols read as letters, are one of the list's words); not containing
/// the user name.
/// </summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<AppUser>
{
    /// <summary>The shipped list, lower-cased.</summary>
    public static FrozenSet<string> CommonPasswords { get; } = Load();

    /// <summary>The letters of every listed password of four letters or more (<c>admin888</c> gives <c>admin</c>).</summary>
    private static readonly FrozenSet<string> CommonWords = CommonPasswords
        .Select(p => Letters(p)).Where(w => w.Length >= 4).ToFrozenSet(StringComparer.Ordinal);

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

        if (IsCommon(password))
        {
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = "该密码过于常见或是常见单词加数字、符号的组合，容易被猜中，请换一个。" });
        }

        if (user.UserName is { Length: >= 3 } userName && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = "密码不能包含登录名。" });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>On the list, or a listed word with digits and symbols around or inside it.</summary>
    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        return CommonPasswords.Contains(lower)
               || CommonWords.Contains(Letters(lower))
               || CommonWords.Contains(Letters(ReadLookAlikes(lower)));
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsAsciiLetter)).ToLowerInvariant();

    /// <summary>Reads the usual substitutions as letters: <c>p@ssw0rd</c> → <c>password</c>.</summary>
    private static string ReadLookAlikes(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '@' or '4' => 'a',
                '0' => 'o',
                '1' or '!' => 'i',
                '3' => 'e',
                '$' or '5' => 's',
                '7' => 't',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(PasswordPolicyValidator).Assembly
            .GetManifestResourceStream("ZezhouDisclosure.Infrastructure.Identity.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
