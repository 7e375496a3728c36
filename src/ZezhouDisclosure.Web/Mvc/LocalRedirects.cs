using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// The one way to redirect to a URL the visitor supplied (a returnUrl): only local URLs are followed, and the target
/// is percent-encoded so that Chinese text, spaces or control characters in it never reach the Location header raw
/// (Kestrel refuses non-ASCII header values with a 500; issue 20 item 5).
/// </summary>
public static class LocalRedirects
{
    /// <summary>Redirects to <paramref name="returnUrl"/> when it is local, else to <paramref name="fallback"/>.</summary>
    public static IActionResult RedirectToLocal(this Controller controller, string? returnUrl, string fallback) =>
        controller.LocalRedirect(SafeTarget(controller.Url.IsLocalUrl(returnUrl) ? returnUrl! : fallback));

    /// <summary>
    /// <paramref name="url"/> with every character outside printable ASCII (and the space) written as UTF-8 percent
    /// escapes; a lone surrogate becomes U+FFFD. Existing escapes are kept as they are.
    /// </summary>
    public static string SafeTarget(string url)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is > ' ' and < '\u007f')
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(url.Length * 3).Append(url, 0, i);
            string text;
            if (char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1]))
            {
                text = url.Substring(i, 2);
                i++;
            }
            else
            {
                text = char.IsSurrogate(c) ? "\uFFFD" : c.ToString();
            }

            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder?.ToString() ?? url;
    }
}
