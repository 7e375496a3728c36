using System.Text.RegularExpressions;

namespace ZezhouDisclosure.Domain.Interactions;

/// <summary>
/// Finds personal data a reply to be published should not carry: mainland mobile numbers, landline numbers with an
/// area code, and 18-digit resident ID numbers. Used to warn the person writing a public reply (the warning does not
/// block: a public service number such as 12345 or a unit's office line may be meant).
/// </summary>
public static partial class PersonalDataScan
{
    /// <summary>The Chinese descriptions of what was found, e.g. ["手机号码 138****1234"]; empty when clean.</summary>
    public static IReadOnlyList<string> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var folded = Common.WidthFolding.Fold(text);
        var found = new List<string>();
        foreach (Match m in IdNumber().Matches(folded))
        {
            found.Add("身份证号码 " + Requests.PersonalDataMasking.IdNumber(m.Value));
        }

        foreach (Match m in Mobile().Matches(folded))
        {
            found.Add("手机号码 " + Requests.PersonalDataMasking.Phone(m.Value));
        }

        foreach (Match m in Landline().Matches(folded))
        {
            found.Add("电话号码 " + Requests.PersonalDataMasking.Phone(m.Value));
        }

        return found;
    }

    /// <summary>
    /// The text with every resident ID, mobile and landline number masked (e.g. 138****1234), for what the public
    /// reads: the published 答复 pages and the search index. Numbers written with full-width digits are not found.
    /// </summary>
    public static string Remove(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var masked = IdNumber().Replace(text, m => Requests.PersonalDataMasking.IdNumber(m.Value));
        masked = Mobile().Replace(masked, m => Requests.PersonalDataMasking.Phone(m.Value));
        return Landline().Replace(masked, m => Requests.PersonalDataMasking.Phone(m.Value));
    }

    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<![0-9])1[3-9][0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<![0-9])0[1-9][0-9]{1,2}-[2-9][0-9]{6,7}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Landline();
}
