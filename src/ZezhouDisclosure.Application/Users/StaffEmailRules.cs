using System.Text.RegularExpressions;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Users;

/// <summary>
/// A staff member's notification address (通知邮箱): optional (empty clears it), at most 256 characters, one mailbox
/// with a dotted domain and no spaces, so the mail server accepts it.
/// </summary>
public static partial class StaffEmailRules
{
    public const string InvalidMessage = "电子邮箱格式不正确，请填写如 name@zezhou.gov.cn 的地址。";

    /// <summary>The address as stored: trimmed, or null for none.</summary>
    public static string? Normalise(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();

    public static IRuleBuilderOptions<T, string?> StaffEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(e => Normalise(e) is not { } v || v.Length <= DataLimits.UserName).WithMessage($"电子邮箱不能超过{DataLimits.UserName}个字符。")
            .Must(e => Normalise(e) is not { } v || v.Length > DataLimits.UserName || Mailbox().IsMatch(v)).WithMessage(InvalidMessage);

    [GeneratedRegex(@"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Mailbox();
}
