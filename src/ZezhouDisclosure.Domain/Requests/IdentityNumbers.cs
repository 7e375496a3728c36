using System.Globalization;

namespace ZezhouDisclosure.Domain.Requests;

/// <summary>
/// Checks of identity document numbers: 居民身份证 (GB 11643, ISO 7064 MOD 11-2 check digit, valid birth date),
/// 统一社会信用代码 (GB 32100 check character), and a length/charset check for other documents. Pure.
/// </summary>
public static class IdentityNumbers
{
    public const int MaximumLength = 32;

    private static readonly int[] IdCardWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCardCheckCharacters = "10X98765432";

    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private const string CreditCodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Upper-cases and removes spaces, as people type them.</summary>
    public static string Normalise(string? value) =>
        string.Concat((value ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>Null when valid, else the Chinese reason.</summary>
    public static string? Problem(IdDocumentType type, string? value)
    {
        var number = Normalise(value);
        if (number.Length == 0)
        {
            return "请填写证件号码。";
        }

        return type switch
        {
            IdDocumentType.ResidentIdCard => ResidentIdCardProblem(number),
            IdDocumentType.UnifiedSocialCreditCode => IsValidCreditCode(number) ? null : "统一社会信用代码应为 18 位且校验码正确。",
            _ => number.Length is >= 5 and <= MaximumLength && number.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '(' or ')')
                ? null
                : $"证件号码应为 5 至 {MaximumLength} 位字母或数字。",
        };
    }

    public static bool IsValidResidentIdCard(string? value) => ResidentIdCardProblem(Normalise(value)) is null;

    public static bool IsValidCreditCode(string? value)
    {
        var code = Normalise(value);
        if (code.Length != 18 || code.Any(c => !CreditCodeCharacters.Contains(c)))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CreditCodeCharacters.IndexOf(code[i]) * CreditCodeWeights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return code[17] == CreditCodeCharacters[check];
    }

    private static string? ResidentIdCardProblem(string number)
    {
        if (number.Length != 18 || !number[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(number[17]) || number[17] == 'X'))
        {
            return "居民身份证号码应为 18 位，前 17 位为数字，最后一位为数字或 X。";
        }

        if (number[0] == '0' || !DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
        {
            return "居民身份证号码中的出生日期不正确。";
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (number[i] - '0') * IdCardWeights[i];
        }

        return number[17] == IdCardCheckCharacters[sum % 11] ? null : "居民身份证号码校验位不正确，请核对。";
    }
}

/// <summary>Masks personal data for lists and screens (security.md SEC-PI): only the handling clerk sees it whole.</summary>
public static class PersonalDataMasking
{
    /// <summary><c>140525199001011235</c> → <c>1405**********1235</c>: the first 4 and last 4 characters.</summary>
    public static string IdNumber(string? value)
    {
        var v = IdentityNumbers.Normalise(value);
        return v.Length switch
        {
            0 => "",
            <= 4 => new string('*', v.Length),
            <= 8 => v[..1] + new string('*', v.Length - 2) + v[^1..],
            _ => v[..4] + new string('*', v.Length - 8) + v[^4..],
        };
    }

    /// <summary><c>13812341234</c> → <c>138****1234</c>; other numbers keep their last 4 digits.</summary>
    public static string Phone(string? value)
    {
        var v = (value ?? "").Trim();
        if (v.Length == 0)
        {
            return "";
        }

        return v.Length == 11 && v.All(char.IsAsciiDigit)
            ? v[..3] + "****" + v[^4..]
            : v.Length <= 4 ? new string('*', v.Length) : new string('*', v.Length - 4) + v[^4..];
    }

    /// <summary>张三 → 张*, 欧阳娜娜 → 欧***; organisations' names are public and are not masked.</summary>
    public static string Name(string? value, ApplicantType type = ApplicantType.NaturalPerson)
    {
        var v = (value ?? "").Trim();
        if (type != ApplicantType.NaturalPerson || v.Length == 0)
        {
            return v;
        }

        var first = char.IsSurrogate(v[0]) ? v[..2] : v[..1];
        var rest = new System.Globalization.StringInfo(v).LengthInTextElements - 1;
        return first + new string('*', Math.Max(1, rest));
    }

    /// <summary>zhangsan@example.com → z*******@example.com.</summary>
    public static string Email(string? value)
    {
        var v = (value ?? "").Trim();
        var at = v.IndexOf('@');
        return at <= 0 ? (v.Length == 0 ? "" : "***") : v[..1] + new string('*', Math.Max(1, at - 1)) + v[at..];
    }
}
