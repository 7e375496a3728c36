using System.Net;
using System.Text.RegularExpressions;

namespace ZezhouDisclosure.Application.Search;

/// <summary>
/// Plain text of a stored (already sanitised) document body, for the search index: tags dropped, block ends kept as
/// line breaks so words of two paragraphs never run together, entities decoded, runs of spaces collapsed.
/// </summary>
public static partial class HtmlText
{
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var text = Comment().Replace(html, " ");
        text = Invisible().Replace(text, " ");
        text = BlockEnd().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = Spaces().Replace(text, " ");
        return BlankLines().Replace(text, "\n").Trim();
    }

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<(/(p|div|li|tr|td|th|h[1-6]|table|blockquote|section|article|pre)|br\s*/?)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\u00a0\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex BlankLines();
}
