using System.Text.RegularExpressions;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Domain.Oversight;

/// <summary>What kind of personal number was found in published text.</summary>
public enum PersonalDataKind
{
    /// <summary>居民身份证号码 with a valid check digit and birth date.</summary>
    IdentityNumber = 0,

    /// <summary>11 位手机号码.</summary>
    Mobile = 1,

    /// <summary>银行卡号 (16, 17 or 19 digits passing the Luhn check).</summary>
    BankCard = 2,
}

/// <summary>One unmasked number in published text; <see cref="Masked"/> is what reports may show.</summary>
public sealed record PersonalDataMatch(PersonalDataKind Kind, string Masked)
{
    public string Label => Kind switch
    {
        PersonalDataKind.IdentityNumber => "身份证号码",
        PersonalDataKind.Mobile => "手机号码",
        _ => "银行卡号",
    };
}

/// <summary>
/// Finds unmasked personal numbers in published bodies and attachment text (evaluator's checklist #13: 0 unmasked ID,
/// phone or bank numbers, attachments too). A number already masked (with * or ×) is not a match, nor a digit run that
/// is part of a longer one. 18-digit runs are judged as 身份证 only (never as bank cards), so a 身份证 with a wrong check
/// digit is not flagged at all. Pure.
/// </summary>
public static partial class PersonalData
{
    [GeneratedRegex(@"(?<![0-9A-Za-z*×])\d{17}[0-9Xx](?![0-9A-Za-z*×])")]
    private static partial Regex IdentityPattern();

    [GeneratedRegex(@"(?<![0-9*×+])1[3-9]\d{9}(?![0-9*×])")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"(?<![0-9*×])(?:\d{16,17}|\d{19})(?![0-9*×])")]
    private static partial Regex CardPattern();

    [GeneratedRegex(@"(?<![0-9*×])\d{4}(?: \d{4}){3}(?: \d{1,3})?(?![0-9*×])")]
    private static partial Regex SpacedCardPattern();

    public static IReadOnlyList<PersonalDataMatch> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var found = new List<PersonalDataMatch>();
        foreach (Match m in IdentityPattern().Matches(text))
        {
            if (IdentityNumbers.IsValidResidentIdCard(m.Value))
            {
                found.Add(new PersonalDataMatch(PersonalDataKind.IdentityNumber, MaskIdentity(m.Value)));
            }
        }

        foreach (Match m in MobilePattern().Matches(text))
        {
            found.Add(new PersonalDataMatch(PersonalDataKind.Mobile, m.Value[..3] + "****" + m.Value[7..]));
        }

        foreach (var digits in CardPattern().Matches(text).Select(m => m.Value)
                     .Concat(SpacedCardPattern().Matches(text).Select(m => m.Value.Replace(" ", "", StringComparison.Ordinal))))
        {
            if (digits.Length is >= 16 and <= 19 and not 18 && PassesLuhn(digits))
            {
                found.Add(new PersonalDataMatch(PersonalDataKind.BankCard, digits[..4] + new string('*', digits.Length - 8) + digits[^4..]));
            }
        }

        return found;
    }

    /// <summary>The Luhn (mod 10) check bank card numbers carry.</summary>
    public static bool PassesLuhn(string digits)
    {
        if (digits.Length < 2 || digits.Any(c => !char.IsAsciiDigit(c)))
        {
            return false;
        }

        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    private static string MaskIdentity(string value) => value[..6] + "********" + value[^4..];
}
